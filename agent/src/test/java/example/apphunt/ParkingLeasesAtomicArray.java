package example.apphunt;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A parking garage hands out bays through an {@code AtomicReferenceArray} of leases: an entry gate fills a mutable
 * lease (plate, entry minute) and publishes it with {@code compareAndSet(bay, null, lease)}; an exit gate takes a
 * lease back with {@code getAndSet(bay, null)}, reads its fields and bills it. A bay is only reused after its lease
 * was taken back.
 */
// weft: expect none
public final class ParkingLeasesAtomicArray {

    static final class Lease {
        String plate;
        int enteredAt;
    }

    public static void main(String[] args) throws InterruptedException {
        int bays = 8;
        int cars = 400;
        AtomicReferenceArray<Lease> garage = new AtomicReferenceArray<>(bays);
        long[] billed = new long[2];
        Thread entry = new Thread(() -> {
            int bay = 0;
            for (int car = 0; car < cars; car++) {
                Lease lease = new Lease();
                lease.plate = "KA-" + (1000 + car);
                lease.enteredAt = car;
                while (!garage.compareAndSet(bay, null, lease)) {
                    bay = (bay + 1) % bays;
                    Thread.onSpinWait();
                }
            }
        }, "entry-gate");
        Thread exit = new Thread(() -> {
            int left = 0;
            int bay = 0;
            while (left < cars) {
                Lease lease = garage.getAndSet(bay, null);
                if (lease != null) {
                    billed[0] += 2 + lease.enteredAt % 5;
                    billed[1] += lease.plate.length();
                    left++;
                }
                bay = (bay + 1) % bays;
            }
        }, "exit-gate");
        entry.start();
        exit.start();
        entry.join();
        exit.join();
        System.out.println("billed " + billed[0] + " for " + cars + " cars");
    }
}
