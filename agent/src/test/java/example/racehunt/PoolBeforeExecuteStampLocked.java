package example.racehunt;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The fixed {@link PoolBeforeExecuteStamp}: the pool's {@code beforeExecute} is {@code synchronized}. */
// weft: expect none
public final class PoolBeforeExecuteStampLocked {

    static final class StampingPool extends ThreadPoolExecutor {
        String lastWorker;

        StampingPool() {
            super(2, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new Named());
        }

        @Override
        protected synchronized void beforeExecute(Thread worker, Runnable task) {
            lastWorker = worker.getName();
        }
    }

    static final class Named implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger made = new AtomicInteger();

        @Override
        public Thread newThread(Runnable body) {
            return new Thread(body, "stamp-" + made.incrementAndGet());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StampingPool pool = new StampingPool();
        Meeting meeting = new Meeting(2);
        pool.execute(meeting::attend);
        pool.execute(meeting::attend);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("last worker: " + pool.lastWorker);
    }
}
