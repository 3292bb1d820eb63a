package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.StampedLock;

/**
 * A price list guarded by a {@code StampedLock}: lookups take a read stamp and, while they hold it, count
 * themselves in a plain field.
 *
 * <p>A read stamp is shared: any number of threads hold one at once, so {@code lookups++} under it is not
 * exclusive. {@code till} and {@code web} look prices up 2,000 times each; their increments are ordered
 * only when one thread's read stamps all end before the other's begin, and even then nothing orders them:
 * one reader's {@code unlockRead} hands nothing to another reader's {@code readLock}, only to a writer.
 *
 * <p><b>What weft reports</b>: a race on {@code PriceList.lookups} between {@code till} and {@code web}, at
 * the increment in {@code price}, on every run, whether or not the two threads' lookups overlap.
 *
 * <p><b>The fix</b>: {@link ReadStampAdder} counts lookups in a {@code LongAdder}.
 */
@Sample(
        shows = "Two threads count their lookups in a plain field while holding a StampedLock's read stamp:"
                + " read stamps are shared, not exclusive, a data race.",
        expect = "race",
        field = "dev.weft.samples.race.ReadStampCounter$PriceList.lookups",
        threads = {"till", "web"},
        twin = "ReadStampAdder")
public final class ReadStampCounter {

    private static final int LOOKUPS = 2_000;

    private ReadStampCounter() {
    }

    /** Prices by item number; {@code lock} guards {@code prices}. */
    static final class PriceList {
        private final StampedLock lock = new StampedLock();
        private final int[] prices = {120, 250, 399, 1_000};
        long lookups;

        int price(int item) {
            long stamp = lock.readLock();
            try {
                lookups++; // weft: race
                return prices[item % prices.length];
            } finally {
                lock.unlockRead(stamp);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriceList list = new PriceList();
        long[] totals = new long[2];
        Thread till = new Thread(() -> {
            for (int i = 0; i < LOOKUPS; i++) {
                totals[0] += list.price(i);
            }
        }, "till");
        Thread web = new Thread(() -> {
            for (int i = 0; i < LOOKUPS; i++) {
                totals[1] += list.price(i + 1);
            }
        }, "web");
        till.start();
        web.start();
        till.join();
        web.join();
        System.out.println("till " + totals[0] + ", web " + totals[1] + ", lookups " + list.lookups);
    }
}
