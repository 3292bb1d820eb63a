package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A product catalog refreshed with lock downgrading ({@code ReentrantReadWriteLock}'s Javadoc idiom): a refresher
 * takes the write lock, reloads the prices, takes the read lock before it releases the write lock, and reads what it
 * wrote under the read lock; shoppers read the prices under the read lock.
 */
// weft: expect none
public final class CatalogReadWriteDowngrade {

    static final class Catalog {
        final Map<String, Integer> prices = new HashMap<>();
        int version;
    }

    public static void main(String[] args) throws Exception {
        Catalog catalog = new Catalog();
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        List<Thread> threads = new ArrayList<>();
        long[] published = new long[1];
        threads.add(new Thread(() -> {
            for (int v = 1; v <= 50; v++) {
                lock.writeLock().lock();
                try {
                    catalog.version = v;
                    catalog.prices.put("tea", 300 + v);
                    catalog.prices.put("cake", 450 + v);
                    lock.readLock().lock();
                } finally {
                    lock.writeLock().unlock();
                }
                try {
                    published[0] += catalog.prices.get("tea") + catalog.version;
                } finally {
                    lock.readLock().unlock();
                }
            }
        }, "refresher"));
        long[] bills = new long[2];
        for (int s = 0; s < 2; s++) {
            int shopper = s;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    lock.readLock().lock();
                    try {
                        Integer tea = catalog.prices.get("tea");
                        bills[shopper] += tea == null ? 0 : tea;
                    } finally {
                        lock.readLock().unlock();
                    }
                }
            }, "shopper-" + s));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(published[0] + " " + (bills[0] + bills[1] > 0));
    }
}
