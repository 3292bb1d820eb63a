package example.racehunt;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool subclass notes, in {@code beforeExecute}, the worker that started a task last, in a plain field: the JDK calls
 * {@code beforeExecute} in each worker, so two workers write the field unordered (the two tasks meet, so neither ends
 * before the other worker began).
 */
// weft: expect race example.racehunt.PoolBeforeExecuteStamp$StampingPool.lastWorker threads=stamp-1,stamp-2
public final class PoolBeforeExecuteStamp {

    static final class StampingPool extends ThreadPoolExecutor {
        String lastWorker;

        StampingPool() {
            super(2, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new Named());
        }

        @Override
        protected void beforeExecute(Thread worker, Runnable task) {
            lastWorker = worker.getName(); // weft: race
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
