package example.explorehunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.StampedLock;

/**
 * A price cache guarded by a {@code StampedLock} and a catalog guarded by its monitor. A repricing holds the cache's
 * write stamp and reads the catalog (its monitor); a catalog update holds the catalog's monitor and invalidates the
 * cached price (the cache's write stamp): a cycle of a stamp and a monitor.
 * {@link PriceCacheStampedOrdered} is the twin with no cycle.
 */
// weft: expect deadlock
public final class PriceCacheStampedWrite {

    static final class PriceCache {
        final StampedLock lock = new StampedLock();
        final Map<String, Double> prices = new HashMap<>();

        void reprice(Catalog catalog, String sku) {
            long stamp = lock.writeLock();
            try {
                prices.put(sku, catalog.listPrice(sku) * 0.9);
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        void invalidate(String sku) {
            long stamp = lock.writeLock();
            try {
                prices.remove(sku);
            } finally {
                lock.unlockWrite(stamp);
            }
        }
    }

    static final class Catalog {
        final Map<String, Double> listPrices = new HashMap<>();

        synchronized double listPrice(String sku) {
            return listPrices.getOrDefault(sku, 10.0);
        }

        void update(PriceCache cache, String sku, double price, boolean ordered) {
            synchronized (this) {
                listPrices.put(sku, price);
                if (!ordered) {
                    cache.invalidate(sku);
                }
            }
            if (ordered) {
                cache.invalidate(sku);
            }
        }
    }

    /** With an argument, the second thread runs only after the first (a latch): a plain run predicts the cycle. */
    public static void main(String[] args) throws InterruptedException {
        run(false, args);
    }

    static void run(boolean ordered, String[] args) throws InterruptedException {
        PriceCache cache = new PriceCache();
        Catalog catalog = new Catalog();
        CountDownLatch updated = new CountDownLatch(args.length > 0 ? 1 : 0);
        Thread updater = new Thread(() -> {
            catalog.update(cache, "A-1", 12.5, ordered);
            updated.countDown();
        }, "updater");
        Thread repricer = new Thread(() -> {
            HubTransfersThreeWay.await(updated);
            cache.reprice(catalog, "A-1");
        }, "repricer");
        updater.start();
        repricer.start();
        updater.join();
        repricer.join();
        System.out.println("prices: " + cache.prices);
    }
}
