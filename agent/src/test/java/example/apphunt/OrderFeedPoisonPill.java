package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An order feed: a producer builds orders (plain fields, a list of lines) and {@code put}s them into an
 * {@code ArrayBlockingQueue} of 4, then a poison pill; two packers {@code take} orders, change them (packed, weight)
 * and keep them in lists of their own, each stopping at the pill (put back for the other); {@code main} reads
 * the packers' lists after joining them.
 */
// weft: expect none
public final class OrderFeedPoisonPill {

    static final class Order {
        final int id;
        final List<String> lines = new ArrayList<>();
        boolean packed;
        int grams;

        Order(int id) {
            this.id = id;
        }
    }

    static final Order PILL = new Order(-1);

    public static void main(String[] args) throws Exception {
        BlockingQueue<Order> feed = new ArrayBlockingQueue<>(4);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 200; i++) {
                    Order order = new Order(i);
                    order.lines.add("sku-" + i % 13);
                    order.lines.add("sku-" + i % 7);
                    feed.put(order);
                }
                feed.put(PILL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");
        List<List<Order>> packed = List.of(new ArrayList<>(), new ArrayList<>());
        List<Thread> packers = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            List<Order> mine = packed.get(p);
            packers.add(new Thread(() -> {
                try {
                    for (Order order = feed.take(); order != PILL; order = feed.take()) {
                        order.packed = true;
                        order.grams = 100 * order.lines.size();
                        mine.add(order);
                    }
                    feed.put(PILL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "packer-" + p));
        }
        producer.start();
        packers.forEach(Thread::start);
        producer.join();
        for (Thread t : packers) {
            t.join();
        }
        long grams = packed.stream().flatMap(List::stream).filter(o -> o.packed).mapToLong(o -> o.grams).sum();
        System.out.println(grams);
    }
}
