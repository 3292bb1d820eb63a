package example.racehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A one-element array captured by two submitted lambdas as a mutable counter. */
// weft: expect race int[] threads=pool-1-thread-1,pool-1-thread-2
public final class CapturedArrayTasks {

    public static void main(String[] args) throws Exception {
        int[] processed = {0};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
        Runnable task = () -> {
            try {
                both.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < 100; i++) {
                processed[0]++; // weft: race
            }
        };
        Future<?> a = pool.submit(task);
        Future<?> b = pool.submit(task);
        a.get();
        b.get();
        pool.shutdown();
        System.out.println("processed " + processed[0]);
    }
}
