package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A shipment tracker asks a carrier for each parcel's status: {@code thenCompose} returns a promise (a plain
 * {@code new CompletableFuture<>()}) that the carrier's own callback thread completes with {@code complete(status)}
 * after filling the status object; {@code thenApplyAsync} on the tracker's pool then reads and annotates it, and the
 * tracker reads the result after {@code join()}.
 */
// weft: expect none
public final class ShipmentTrackingPromise {

    static final class Status {
        String parcel;
        String location;
        int hops;
        boolean late;
    }

    static final class Request {
        final String parcel;
        final CompletableFuture<Status> promise = new CompletableFuture<>();

        Request(String parcel) {
            this.parcel = parcel;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingQueue<Request> carrierInbox = new LinkedBlockingQueue<>();
        Thread carrier = new Thread(() -> {
            try {
                for (int answered = 0; answered < 16; answered++) {
                    Request request = carrierInbox.take();
                    Status status = new Status();
                    status.parcel = request.parcel;
                    status.hops = Math.floorMod(request.parcel.hashCode(), 5) + 1;
                    status.location = "hub-" + status.hops;
                    request.promise.complete(status);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "carrier-callbacks");
        carrier.start();
        ExecutorService tracker = Executors.newFixedThreadPool(2, new NamedThreads("tracker"));
        List<CompletableFuture<Status>> tracked = new ArrayList<>();
        for (int p = 0; p < 16; p++) {
            String parcel = "PX" + (1000 + p * 37);
            tracked.add(CompletableFuture.completedFuture(parcel).thenCompose(id -> {
                Request request = new Request(id);
                carrierInbox.add(request);
                return request.promise;
            }).thenApplyAsync(status -> {
                status.late = status.hops > 3;
                status.location = status.location + (status.late ? " (late)" : "");
                return status;
            }, tracker));
        }
        int late = 0;
        for (CompletableFuture<Status> stage : tracked) {
            Status status = stage.join();
            late += status.late ? 1 : 0;
            if (!status.location.startsWith("hub-")) {
                throw new IllegalStateException(status.parcel);
            }
        }
        carrier.join();
        tracker.shutdown();
        System.out.println(tracked.size() + " parcels tracked, " + late + " late");
    }
}
