package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A price cache refreshed by whichever reader finds an entry stale: it takes the write lock, reloads, then downgrades
 * (read lock taken before the write lock is released) and reads the fresh entry under the read lock. Four shoppers
 * each look up 400 prices; the entries are mutable objects changed only under the write lock.
 */
// weft: expect none
public final class PriceCacheDowngradeLoop {

    static final class Price {
        long cents;
        int version;
    }

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Price> prices = new HashMap<>();
    private int reloads;

    long lookup(String sku, int wantedVersion) {
        rw.readLock().lock();
        Price price = prices.get(sku);
        if (price == null || price.version < wantedVersion) {
            rw.readLock().unlock();
            rw.writeLock().lock();
            try {
                price = prices.computeIfAbsent(sku, k -> new Price());
                if (price.version < wantedVersion) {
                    price.version = wantedVersion;
                    price.cents = sku.length() * 100L + wantedVersion;
                    reloads++;
                }
                rw.readLock().lock(); // downgrade
            } finally {
                rw.writeLock().unlock();
            }
        }
        try {
            return price.cents + price.version;
        } finally {
            rw.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriceCacheDowngradeLoop cache = new PriceCacheDowngradeLoop();
        Thread[] shoppers = new Thread[4];
        long[] totals = new long[shoppers.length];
        for (int s = 0; s < shoppers.length; s++) {
            int me = s;
            shoppers[s] = new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    totals[me] += cache.lookup("sku-" + i % 9, i / 50);
                }
            }, "shopper-" + s);
            shoppers[s].start();
        }
        long sum = 0;
        for (int s = 0; s < shoppers.length; s++) {
            shoppers[s].join();
            sum += totals[s];
        }
        System.out.println(sum + " after " + cache.reloads + " reloads");
    }
}
