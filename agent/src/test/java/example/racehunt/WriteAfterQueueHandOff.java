package example.racehunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** An order handed over through a queue is correct, but the producer marks it sent after the hand-off. */
// weft: expect race example.racehunt.WriteAfterQueueHandOff$Order.status threads=producer,consumer
public final class WriteAfterQueueHandOff {

    static final class Order {
        String status = "NEW";
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Order> queue = new ArrayBlockingQueue<>(4);
        Threads.runAll(new String[] {"producer", "consumer"},
                () -> {
                    try {
                        Order order = new Order();
                        order.status = "PACKED";
                        queue.put(order);
                        order.status = "SENT"; // weft: race
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                () -> {
                    try {
                        Order order = queue.take();
                        Thread.sleep(20);
                        System.out.println("status " + order.status.length()); // weft: race
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
