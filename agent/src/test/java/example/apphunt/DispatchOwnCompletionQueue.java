package example.apphunt;

import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A dispatcher gives its {@code ExecutorCompletionService} a completion queue of its own and takes the finished
 * deliveries from that queue directly (not through the completion service), reading each delivery's proof through
 * {@code get()} and the courier's notes on the delivery itself.
 */
// weft: expect none
public final class DispatchOwnCompletionQueue {

    static final class Delivery {
        final String parcel;
        String courier;
        String proof;

        Delivery(String parcel) {
            this.parcel = parcel;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService couriers = Executors.newFixedThreadPool(3, new NamedThreads("courier"));
        LinkedBlockingQueue<Future<Delivery>> finished = new LinkedBlockingQueue<>();
        ExecutorCompletionService<Delivery> dispatch = new ExecutorCompletionService<>(couriers, finished);
        for (int i = 0; i < 9; i++) {
            Delivery delivery = new Delivery("parcel-" + i);
            dispatch.submit(() -> {
                delivery.courier = Thread.currentThread().getName();
                delivery.proof = "signed for " + delivery.parcel;
                return delivery;
            });
        }
        int signed = 0;
        for (int i = 0; i < 9; i++) {
            Delivery delivery = finished.take().get();
            signed += delivery.proof.length() + delivery.courier.length();
        }
        couriers.shutdown();
        couriers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(signed + " characters of proof");
    }
}
