package example.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pools the program makes itself: a bounded queue that rejects, a hand-off queue whose caller runs what no
 * worker takes, and a subclass that counts its tasks. Their sizes and rejections are the JDK's.
 */
public final class OwnPools {

    private OwnPools() { }

    /** A pool of the program's own class: it counts the tasks it ran. */
    static final class CountingPool extends ThreadPoolExecutor {
        final AtomicInteger ran = new AtomicInteger();

        CountingPool(int threads) {
            super(threads, threads, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10));
        }

        @Override
        protected void afterExecute(Runnable task, Throwable thrown) {
            ran.incrementAndGet();
        }
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        ThreadPoolExecutor bounded = new ThreadPoolExecutor(1, 2, 1L, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        int rejected = 0;
        for (int i = 0; i < 4; i++) {
            try {
                bounded.execute(() -> {
                    try {
                        open.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    done.incrementAndGet();
                });
            } catch (RejectedExecutionException e) {
                rejected++;
            }
        }
        int largest = bounded.getLargestPoolSize();
        open.countDown();
        bounded.shutdown();
        boolean ended = bounded.awaitTermination(1, TimeUnit.HOURS);

        ThreadPoolExecutor handOff = new ThreadPoolExecutor(0, 1, 1L, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        handOff.execute(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        String[] ranIn = new String[1];
        handOff.execute(() -> ranIn[0] = Thread.currentThread().getName()); // no idle worker, none more allowed
        release.countDown();
        handOff.shutdown();
        handOff.awaitTermination(1, TimeUnit.HOURS);

        CountingPool counting = new CountingPool(2);
        for (int i = 0; i < 5; i++) {
            counting.execute(done::incrementAndGet);
        }
        counting.shutdown();
        counting.awaitTermination(1, TimeUnit.HOURS);
        System.out.println("rejected " + rejected + " largest " + largest + " ended " + ended + " caller ran "
                + ranIn[0] + " counted " + counting.ran.get() + " done " + done.get());
    }
}
