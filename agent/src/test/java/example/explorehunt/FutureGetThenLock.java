package example.explorehunt;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Twin of {@link FutureGetUnderLock}: {@code main} waits for the load first, then takes the cache's monitor to read the price. */
// weft: expect none
public final class FutureGetThenLock {

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
        load.get();
        synchronized (cache) {
            System.out.println("price " + cache.price);
        }
        loader.shutdown();
    }
}
