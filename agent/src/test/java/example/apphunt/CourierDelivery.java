package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * An order service makes a delivery future; a courier thread (a plain thread, not the creator) fills the delivery
 * and completes the future; a tracking thread waits with {@code get(timeout)} and a {@code thenApply} stage made by
 * the creator reads it too.
 */
// weft: expect none
public final class CourierDelivery {

    static final class Delivery {
        String address;
        String signedBy;
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Delivery> delivered = new CompletableFuture<>();
        CompletableFuture<String> receipt = delivered.thenApply(d -> d.address + " signed by " + d.signedBy);
        String[] tracked = new String[1];
        Thread tracking = new Thread(() -> {
            try {
                Delivery delivery = delivered.get(30, TimeUnit.SECONDS);
                tracked[0] = delivery.signedBy;
            } catch (Exception e) {
                tracked[0] = e.toString();
            }
        }, "tracking");
        Thread courier = new Thread(() -> {
            Delivery delivery = new Delivery();
            delivery.address = "1 Main St";
            delivery.signedBy = "B. Baker";
            delivered.complete(delivery);
        }, "courier");
        tracking.start();
        courier.start();
        System.out.println(receipt.join());
        courier.join();
        tracking.join();
        System.out.println("tracked " + tracked[0]);
    }
}
