package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A cache whose {@code synchronized} refresh takes the store's {@code ReentrantLock}, and a store whose
 * flush, under that lock, calls the cache's {@code synchronized} method: a cycle of a monitor and a lock.
 */
// weft: expect deadlock
public final class MonitorMeetsLock {

    static final class Store {
        final ReentrantLock lock = new ReentrantLock();
        Cache cache;
        int writes;

        void write() {
            lock.lock();
            try {
                writes++;
            } finally {
                lock.unlock();
            }
        }

        void flush() {
            lock.lock();
            try {
                cache.invalidate();
            } finally {
                lock.unlock();
            }
        }
    }

    static final class Cache {
        Store store;
        int entries;

        synchronized void refresh() {
            entries++;
            store.write();
        }

        synchronized void invalidate() {
            entries = 0;
        }
    }

    /** With an argument, sleeps that many milliseconds: a plain run then rarely deadlocks, and predicts the cycle. */
    static void pause(String[] args) {
        if (args.length > 0) {
            try {
                Thread.sleep(Long.parseLong(args[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = new Store();
        Cache cache = new Cache();
        store.cache = cache;
        cache.store = store;
        Thread refresher = new Thread(cache::refresh, "refresher");
        Thread flusher = new Thread(() -> {
            pause(args);
            store.flush();
        }, "flusher");
        refresher.start();
        flusher.start();
        refresher.join();
        flusher.join();
        System.out.println("done");
    }
}
