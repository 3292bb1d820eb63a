package example.racehunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The fixed twin of {@code RejectedTasksCounted}: the handler counts in an {@code AtomicInteger}. */
// weft: expect none
public final class RejectedTasksCountedAtomic {

    static final class CountingDrop implements RejectedExecutionHandler {
        final AtomicInteger dropped = new AtomicInteger();

        @Override
        public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
            dropped.incrementAndGet();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CountingDrop drop = new CountingDrop();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), drop);
        Runnable slow = () -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Runnable submitter = () -> {
            for (int i = 0; i < 200; i++) {
                pool.execute(slow);
            }
        };
        Threads.runAll(new String[] {"submitter-1", "submitter-2"}, submitter, submitter);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println(drop.dropped.get());
    }
}
