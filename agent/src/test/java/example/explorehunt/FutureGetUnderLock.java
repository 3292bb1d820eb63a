package example.explorehunt;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A price cache refreshes itself through a loader pool: {@code main} submits the load, then waits for its
 * {@code Future} while it holds the cache's monitor; the load stores its result under that monitor. When the load has
 * not stored it before {@code main} takes the monitor, neither goes on.
 */
// weft: expect deadlock
public final class FutureGetUnderLock {

    static final class PriceCache {
        private double price;

        synchronized void store(double price) {
            this.price = price;
        }
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        PriceCache cache = new PriceCache();
        ExecutorService loader = Executors.newSingleThreadExecutor(task -> new Thread(task, "loader"));
        Future<?> load = loader.submit(() -> cache.store(101.5));
        synchronized (cache) {
            load.get(); // the bug: waits for the load holding the monitor the load needs
            System.out.println("price " + cache.price);
        }
        loader.shutdown();
    }
}
