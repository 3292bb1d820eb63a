package example.racehunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A single-worker pool writes a buffer it takes to be confined to its worker, but its {@code CallerRunsPolicy} runs
 * the tasks it rejects in the submitting thread: {@code main} and the worker append to the buffer unordered.
 */
// weft: expect race example.racehunt.CallerRunsConfinedBuffer.written threads=main,pool-1-thread-1
public final class CallerRunsConfinedBuffer {

    static int written;

    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (int i = 0; i < 300; i++) {
            pool.execute(() -> {
                written++; // weft: race
                busy();
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(written);
    }

    static void busy() {
        long until = System.nanoTime() + 20_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
