package example.app;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
/** Tasks submitted to a fixed pool of two threads and a single-thread executor, their futures got, the pools shut down. */
public final class PoolTasks {
    static int total;
    static synchronized void add(int n) { total += n; }
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ExecutorService single = Executors.newSingleThreadExecutor();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int n = i;
            futures.add(pool.submit(() -> { add(n); return n * n; }));
        }
        Future<?> last = single.submit(() -> add(100));
        int squares = 0;
        for (Future<Integer> future : futures) { squares += future.get(); }
        last.get();
        pool.shutdown();
        single.shutdown();
        boolean ended = pool.awaitTermination(1, TimeUnit.HOURS) && single.awaitTermination(1, TimeUnit.HOURS);
        System.out.println("squares " + squares + " total " + total + " ended " + ended);
    }
}
