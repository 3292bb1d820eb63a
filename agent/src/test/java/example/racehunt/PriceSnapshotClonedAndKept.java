package example.racehunt;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The twin of {@link PriceSnapshotClonedAndPublished}: each pricer corrects a clone and a copy of the shared price
 * table that never leave its method, and hands the auditor only their total.
 */
// weft: expect none
public final class PriceSnapshotClonedAndKept {

    static final long[] PRICES = {100, 250, 75};
    static final BlockingQueue<Long> TOTALS = new ArrayBlockingQueue<>(2);

    static void price() {
        long[] snapshot = PRICES.clone();
        snapshot[0] = snapshot[0] * 2;
        long[] discounted = Arrays.copyOf(PRICES, PRICES.length);
        for (int i = 0; i < discounted.length; i++) {
            discounted[i] -= 10;
        }
        TOTALS.add(snapshot[0] + snapshot[1] + discounted[2]);
    }

    static long audit() throws InterruptedException {
        return TOTALS.take() + TOTALS.take();
    }

    public static void main(String[] args) throws InterruptedException {
        long[] total = new long[1];
        Threads.runAll(new String[] {"pricer-1", "pricer-2", "auditor"}, PriceSnapshotClonedAndKept::price,
                PriceSnapshotClonedAndKept::price, () -> {
                    try {
                        total[0] = audit();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        System.out.println("audited " + total[0]);
    }
}
