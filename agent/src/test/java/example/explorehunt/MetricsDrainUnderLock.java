package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A metrics registry flushes on a pool; closing it shuts the pool down and waits for the flush to end, holding the
 * registry's monitor. The flush takes that monitor to read the counters: when close takes it first, the flush waits
 * for close and close waits for the flush until its wait times out (all 5 seconds of it: nothing else can run), and
 * close fails.
 */
// weft: expect failure
public final class MetricsDrainUnderLock {

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

        synchronized void close() throws InterruptedException { // the bug: waits for the flush holding what it needs
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
