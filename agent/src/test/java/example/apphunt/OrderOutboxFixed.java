package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An importer thread parses orders and passes each batch to the shipping thread through an outbox queue with
 * {@code orders.forEach(outbox::offer)} (a method reference: the JDK's lambda class makes the {@code offer} calls);
 * each order is complete before it is offered.
 */
// weft: expect none
public final class OrderOutboxFixed {

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
                order.status = "parsed";
                orders.add(order);
            }
            orders.forEach(outbox::offer);
        }, "importer");
        importer.start();
        int shipped = 0;
        for (int i = 0; i < 20; i++) {
            Order order = outbox.poll(10, TimeUnit.SECONDS);
            if (order != null && order.status.equals("parsed")) {
                shipped += order.quantity;
            }
        }
        importer.join();
        System.out.println(shipped + " items shipped");
    }
}
