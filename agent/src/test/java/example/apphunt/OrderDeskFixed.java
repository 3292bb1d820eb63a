package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import org.jctools.queues.MpscArrayQueue;
import org.jctools.queues.SpscLinkedQueue;

/**
 * An order desk on JCTools' lock-free queues (a library from Maven Central, built for Java 6, whose queues publish
 * their elements through {@code sun.misc.Unsafe}): two clients offer orders to an {@code MpscArrayQueue}, a filler
 * thread fills them and hands them on through an {@code SpscLinkedQueue} to the ledger, the main thread. Each order
 * is complete before it is offered.
 */
// weft: expect none
public final class OrderDeskFixed {

    static final class Order {
        final int id;
        int quantity;
        boolean filled;

        Order(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws Exception {
        MpscArrayQueue<Order> incoming = new MpscArrayQueue<>(32);
        SpscLinkedQueue<Order> filled = new SpscLinkedQueue<>();
        Thread filler = new Thread(() -> {
            for (int done = 0; done < 200; ) {
                Order order = incoming.poll();
                if (order == null) {
                    Thread.onSpinWait();
                    continue;
                }
                order.filled = order.quantity > 0;
                filled.offer(order);
                done++;
            }
        }, "filler");
        filler.start();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int first = c * 100;
            Thread client = new Thread(() -> {
                for (int i = first; i < first + 100; i++) {
                    Order order = new Order(i);
                    order.quantity = i % 5 + 1;
                    while (!incoming.offer(order)) {
                        Thread.onSpinWait();
                    }
                }
            }, "client-" + c);
            clients.add(client);
            client.start();
        }
        int units = 0;
        for (int booked = 0; booked < 200; ) {
            Order order = filled.poll();
            if (order == null) {
                Thread.onSpinWait();
                continue;
            }
            units += order.filled ? order.quantity : 0;
            booked++;
        }
        for (Thread client : clients) {
            client.join();
        }
        filler.join();
        System.out.println(units + " units booked");
    }
}
