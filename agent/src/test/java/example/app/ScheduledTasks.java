package example.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Delayed and periodic tasks of scheduled pools: they run in the order of their delays, a periodic task
 * three times before it is cancelled; a subclass of the JDK's pool counts its tasks. It says whether it took
 * as long as its delays add up to.
 */
public final class ScheduledTasks {

    private static final List<String> ORDER = new ArrayList<>();

    private ScheduledTasks() { }

    static synchronized void ran(String task) {
        ORDER.add(task);
    }

    /** A scheduled pool of the program's own class. */
    static final class CountingScheduler extends ScheduledThreadPoolExecutor {
        private int ran;

        CountingScheduler() {
            super(1);
        }

        @Override
        protected synchronized void afterExecute(Runnable task, Throwable thrown) {
            ran++;
        }

        synchronized int ran() {
            return ran;
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        ScheduledFuture<?> late = pool.schedule(() -> ran("late"), 3, TimeUnit.SECONDS);
        ScheduledFuture<String> early = pool.schedule(() -> {
            ran("early");
            return "early";
        }, 1, TimeUnit.SECONDS);
        pool.execute(() -> ran("now"));
        CountDownLatch thrice = new CountDownLatch(3);
        ScheduledFuture<?> ticks = pool.scheduleAtFixedRate(() -> {
            ran("tick");
            thrice.countDown();
        }, 500, 1000, TimeUnit.MILLISECONDS);
        thrice.await();
        ticks.cancel(false);
        String result = early.get();
        late.get();
        pool.shutdown();
        boolean ended = pool.awaitTermination(1, TimeUnit.HOURS);

        ScheduledExecutorService single = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<?> delayed = single.scheduleWithFixedDelay(() -> ran("delayed"), 2, 2, TimeUnit.SECONDS);
        single.schedule(() -> delayed.cancel(false), 5, TimeUnit.SECONDS).get();
        single.shutdown();
        single.awaitTermination(1, TimeUnit.HOURS);

        CountingScheduler counting = new CountingScheduler();
        counting.schedule(() -> ran("counted"), 1, TimeUnit.SECONDS);
        counting.shutdown(); // delayed tasks still run after a shutdown
        counting.awaitTermination(1, TimeUnit.HOURS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.println("order " + ORDER + " result " + result + " ended " + ended + " counted " + counting.ran()
                + " slept " + (seconds >= 9)); // the delays add up to 9 s
    }
}
