package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The twin of {@link MetricsDrainUnderLock}: close waits for the flush without holding the registry's monitor, so the
 * flush can always take it and end; and it waits until the pool has terminated, since a timed wait may end first on a
 * loaded machine (the model may end it early).
 */
// weft: expect none
public final class MetricsDrainThenLock {

    static final class Registry {
        private final ExecutorService flusher = Executors.newSingleThreadExecutor();
        private long requests = 3;
        private long flushed;

        void flushLater() {
            flusher.execute(() -> {
                synchronized (this) {
                    flushed = requests;
                }
            });
        }

        void close() throws InterruptedException {
            flusher.shutdown();
            while (!flusher.awaitTermination(5, TimeUnit.SECONDS)) {
                System.err.println("still flushing");
            }
        }

        synchronized long flushed() {
            return flushed;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Registry registry = new Registry();
        registry.flushLater();
        registry.close();
        System.out.println("flushed " + registry.flushed());
    }
}
