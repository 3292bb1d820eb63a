package example.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tasks of a cached pool, their futures got; the pool is never shut down: its idle workers leave after their
 * keep-alive, so the program ends.
 */
public final class CachedPoolTasks {

    static int total;

    private CachedPoolTasks() { }

    static synchronized void add(int n) {
        total += n;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                add(n);
                return n * n;
            }));
        }
        int squares = 0;
        for (Future<Integer> future : futures) {
            squares += future.get();
        }
        Future<?> later = pool.submit(() -> add(100)); // an idle worker, or a new one, takes it
        later.get();
        System.out.println("squares " + squares + " total " + total);
    }
}
