package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.StampedLock;

/**
 * A price list guarded by a {@code StampedLock}: a clerk changes prices under the write stamp, lookups read
 * them under read stamps and count themselves in a {@code LongAdder}.
 *
 * <p>Each price the clerk writes is ordered before the lookups whose read stamp comes after its
 * {@code unlockWrite}, and each lookup's read before the clerk's next {@code writeLock}: the write stamp
 * excludes every read stamp. The readers, {@code till} and {@code web}, share the read stamps and write
 * nothing but the adder, which is thread-safe.
 *
 * <p><b>What weft reports</b>: nothing. Weft tells a {@code StampedLock}'s read stamps from its write stamps:
 * a reader's release reaches the next writer only, a writer's release every later reader.
 */
@Sample(
        shows = "A StampedLock with prices changed under the write stamp, read under read stamps that count"
                + " lookups in a LongAdder: no race.",
        expect = "none",
        twin = "ReadStampCounter")
public final class ReadStampAdder {

    private static final int LOOKUPS = 2_000;

    private ReadStampAdder() {
    }

    /** Prices by item number; {@code lock} guards {@code prices}. */
    static final class PriceList {
        private final StampedLock lock = new StampedLock();
        private final int[] prices = {120, 250, 399, 1_000};
        final LongAdder lookups = new LongAdder();

        int price(int item) {
            long stamp = lock.readLock();
            try {
                lookups.increment();
                return prices[item % prices.length];
            } finally {
                lock.unlockRead(stamp);
            }
        }

        void discount(int item) {
            long stamp = lock.writeLock();
            try {
                prices[item % prices.length] -= 1;
            } finally {
                lock.unlockWrite(stamp);
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
        Thread clerk = new Thread(() -> {
            for (int i = 0; i < LOOKUPS / 10; i++) {
                list.discount(i);
            }
        }, "clerk");
        till.start();
        web.start();
        clerk.start();
        till.join();
        web.join();
        clerk.join();
        System.out.println("till " + totals[0] + ", web " + totals[1] + ", lookups " + list.lookups.sum());
    }
}
