package example.apphunt;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;

/**
 * A depot hands parcels to a courier with {@code LinkedTransferQueue.tryTransfer}: straight into the courier's
 * hands when it is waiting, else queued with {@code put}; the courier reads each parcel's label and weight.
 */
// weft: expect none
public final class CourierTryTransfer {

    static final class Parcel {
        String label;
        int grams;
        boolean handedDirectly;
    }

    public static void main(String[] args) throws InterruptedException {
        LinkedTransferQueue<Parcel> dock = new LinkedTransferQueue<>();
        int parcels = 500;
        long[] carried = new long[1];
        Thread courier = new Thread(() -> {
            try {
                for (int i = 0; i < parcels; i++) {
                    Parcel parcel = dock.poll(5, TimeUnit.SECONDS);
                    carried[0] += parcel.grams + parcel.label.length();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "courier");
        courier.start();
        int direct = 0;
        for (int i = 0; i < parcels; i++) {
            Parcel parcel = new Parcel();
            parcel.label = "parcel-" + i;
            parcel.grams = 100 + i % 900;
            if (dock.tryTransfer(parcel)) {
                direct++;
            } else {
                dock.put(parcel);
            }
        }
        courier.join();
        System.out.println(carried[0] + " carried, " + (direct >= 0 ? "some" : "none") + " handed directly");
    }
}
