package example.racehunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The fixed twin of {@code CallerRunsConfinedBuffer}: the tasks count under a lock, wherever the pool runs them. */
// weft: expect none
public final class CallerRunsConfinedLocked {

    static final Object LOCK = new Object();
    static int written;

    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (int i = 0; i < 300; i++) {
            pool.execute(() -> {
                synchronized (LOCK) {
                    written++;
                }
                busy();
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        synchronized (LOCK) {
            System.out.println(written);
        }
    }

    static void busy() {
        long until = System.nanoTime() + 20_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
