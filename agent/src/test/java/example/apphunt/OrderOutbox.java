package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An importer thread parses orders and passes each batch to the shipping thread through an outbox queue with
 * {@code orders.forEach(outbox::offer)} (a method reference: the JDK's lambda class makes the {@code offer} calls);
 * but the importer marks each order queued after offering it, while the shipping thread reads its status.
 */
// weft: expect race example.apphunt.OrderOutbox$Order.status threads=main,importer
public final class OrderOutbox {

    static final class Order {
        final int id;
        String status = "new";
        int quantity;

        Order(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Order> outbox = new LinkedBlockingQueue<>();
        Thread importer = new Thread(() -> {
            List<Order> orders = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Order order = new Order(i);
                order.quantity = 1 + i % 5;
                orders.add(order);
            }
            orders.forEach(outbox::offer);
            for (Order order : orders) {
                order.status = "queued"; // weft: race
            }
        }, "importer");
        importer.start();
        int shipped = 0;
        for (int i = 0; i < 20; i++) {
            Order order = outbox.poll(10, TimeUnit.SECONDS);
            if (order != null && order.status.equals("queued")) { // weft: race
                shipped += order.quantity;
            }
        }
        importer.join();
        System.out.println(shipped + " items shipped");
    }
}
