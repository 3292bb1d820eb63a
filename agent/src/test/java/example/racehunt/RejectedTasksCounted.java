package example.racehunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A bounded pool's own {@code RejectedExecutionHandler} counts dropped tasks in a plain field; it runs in each submitting thread. */
// weft: expect race example.racehunt.RejectedTasksCounted$CountingDrop.dropped threads=submitter-1,submitter-2
public final class RejectedTasksCounted {

    static final class CountingDrop implements RejectedExecutionHandler {
        int dropped;

        @Override
        public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
            dropped++; // weft: race
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
    }
}
