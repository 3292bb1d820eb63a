package example.apphunt;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;

/**
 * A courier dispatch: the dispatcher hands each parcel (a mutable object) to a courier with
 * {@code LinkedTransferQueue.transfer}, which waits until a courier took it; couriers {@code poll(timeout)}, stamp the
 * parcel delivered and hand their proof back through a second transfer queue, which the dispatcher {@code take}s
 * and reads.
 */
// weft: expect none
public final class CourierTransferQueue {

    static final class Parcel {
        final int id;
        String address;
        String deliveredBy;

        Parcel(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws Exception {
        LinkedTransferQueue<Parcel> outgoing = new LinkedTransferQueue<>();
        LinkedTransferQueue<Parcel> proofs = new LinkedTransferQueue<>();
        int parcels = 60;
        Thread[] couriers = new Thread[2];
        for (int c = 0; c < couriers.length; c++) {
            String name = "courier-" + c;
            couriers[c] = new Thread(() -> {
                try {
                    for (Parcel p; (p = outgoing.poll(500, TimeUnit.MILLISECONDS)) != null; ) {
                        p.deliveredBy = name + " to " + p.address;
                        proofs.transfer(p);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            couriers[c].start();
        }
        Thread receiver = new Thread(() -> {
            int delivered = 0;
            try {
                for (int i = 0; i < parcels; i++) {
                    delivered += proofs.take().deliveredBy.length() > 0 ? 1 : 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println(delivered);
        }, "receiver");
        receiver.start();
        for (int i = 0; i < parcels; i++) {
            Parcel parcel = new Parcel(i);
            parcel.address = "street " + i;
            outgoing.transfer(parcel);
        }
        receiver.join();
        for (Thread t : couriers) {
            t.join();
        }
    }
}
