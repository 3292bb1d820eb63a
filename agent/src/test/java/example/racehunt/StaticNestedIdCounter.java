package example.racehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Orders get their ids from a static nested class's static counter, through its static method, from two order intake
 * tasks of an executor: the counter's increment is a lost update.
 */
// weft: expect race example.racehunt.StaticNestedIdCounter$OrderIds.next threads=intake-1,intake-2
public final class StaticNestedIdCounter {

    static final class OrderIds {
        private static int next = 1;

        static int allocate() {
            return next++; // weft: race
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
