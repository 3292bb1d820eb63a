package example.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Tasks that wait for what nobody will give (a latch, a queue, a permit to park) or loop until interrupted are
 * cancelled with {@code cancel(true)}: each must meet the interrupt, not wait forever, so the program ends.
 */
public final class CancelledTasks {

    private CancelledTasks() { }

    public static void main(String[] args) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        BlockingQueue<String> empty = new ArrayBlockingQueue<>(1);
        CountDownLatch started = new CountDownLatch(4);
        AtomicInteger interrupted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> latchWaiter = pool.submit(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
        });
        Future<?> queueWaiter = pool.submit(() -> {
            started.countDown();
            try {
                empty.take();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
        });
        ScheduledExecutorService scheduled = Executors.newSingleThreadScheduledExecutor();
        Future<?> looper = scheduled.schedule(() -> {
            started.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.yield();
            }
            interrupted.incrementAndGet();
        }, 1, TimeUnit.SECONDS);
        FutureTask<String> parker = new FutureTask<>(() -> {
            started.countDown();
            while (!Thread.interrupted()) {
                LockSupport.park();
            }
            interrupted.incrementAndGet();
            return "woken";
        });
        Thread plain = new Thread(parker, "plain");
        plain.start();
        started.await();
        boolean all = latchWaiter.cancel(true) & queueWaiter.cancel(true) & looper.cancel(true) & parker.cancel(true);
        pool.shutdown();
        scheduled.shutdown();
        boolean ended = pool.awaitTermination(1, TimeUnit.MINUTES) & scheduled.awaitTermination(1, TimeUnit.MINUTES);
        plain.join();
        System.out.println("cancelled " + all + " interrupted " + interrupted.get() + " ended " + ended
                + " done " + latchWaiter.isDone() + " " + parker.isCancelled());
    }
}
