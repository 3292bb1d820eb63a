package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The twin of {@link MetricsDrainUnderLock}: close waits for the flush without holding the registry's monitor, so the
 * flush can always take it and end.
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
            if (!flusher.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the flush did not end");
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
