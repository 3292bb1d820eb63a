package example.racehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The twin of {@link StaticNestedIdCounter}: the allocator is {@code static synchronized}. */
// weft: expect none
public final class StaticNestedIdCounterLocked {

    static final class OrderIds {
        private static int next = 1;

        static synchronized int allocate() {
            return next++;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService east = Executors.newSingleThreadExecutor(task -> new Thread(task, "intake-1"));
        ExecutorService west = Executors.newSingleThreadExecutor(task -> new Thread(task, "intake-2"));
        long[] sums = new long[2];
        east.execute(() -> {
            for (int i = 0; i < 300; i++) {
                sums[0] += OrderIds.allocate();
            }
        });
        west.execute(() -> {
            for (int i = 0; i < 300; i++) {
                sums[1] += OrderIds.allocate();
            }
        });
        east.shutdown();
        west.shutdown();
        east.awaitTermination(10, TimeUnit.SECONDS);
        west.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(sums[0] + sums[1]);
    }
}
