package example.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tasks of {@code java.util.Timer}s: one-off tasks run in the order of their delays, a fixed-rate
 * task three times before it is cancelled, a fixed-delay one until it cancels itself; a task cancelled before it is
 * due never runs and is purged; a task is scheduled once only; a task that throws ends its timer (of the program's
 * own class), and a cancelled timer takes no task. It prints the timers' thread names and daemon flags, and whether it
 * took as long as its delays add up to. (A task scheduled for a date makes a run not exactly replayable: {@link
 * DatedReminders}.)
 */
public final class TimerTasks {

    private static final List<String> ORDER = new ArrayList<>();

    private TimerTasks() { }

    static synchronized void ran(String task) {
        ORDER.add(task);
    }

    static synchronized String order() {
        return ORDER.toString();
    }

    /** A timer of the program's own class, which counts the tasks it was given. */
    static final class CountingTimer extends Timer {
        private int given;

        CountingTimer() {
            super("counting", true);
        }

        @Override
        public synchronized void schedule(TimerTask task, long delay) {
            given++;
            super.schedule(task, delay);
        }

        synchronized int given() {
            return given;
        }
    }

    private static TimerTask task(Runnable body) {
        return new TimerTask() {
            @Override
            public void run() {
                body.run();
            }
        };
    }

    private static String thread() {
        Thread current = Thread.currentThread();
        return current.getName() + (current.isDaemon() ? " daemon" : "");
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Timer timer = new Timer();
        String[] early = new String[1];
        CountDownLatch lateRan = new CountDownLatch(1);
        timer.schedule(task(() -> {
            ran("late");
            lateRan.countDown();
        }), 3000);
        timer.schedule(task(() -> {
            ran("early");
            early[0] = thread();
        }), 1000);
        timer.schedule(task(() -> ran("dated")), 2000);
        TimerTask never = task(() -> ran("never"));
        timer.schedule(never, 4000);
        boolean cancelled = never.cancel();
        int purged = timer.purge();
        CountDownLatch thrice = new CountDownLatch(3);
        TimerTask tick = task(() -> {
            ran("tick");
            thrice.countDown();
        });
        timer.scheduleAtFixedRate(tick, 500, 1000);
        thrice.await();
        tick.cancel();
        String again;
        try {
            timer.schedule(tick, 10);
            again = "scheduled again";
        } catch (IllegalStateException e) {
            again = e.getMessage();
        }
        lateRan.await();
        CountDownLatch twice = new CountDownLatch(2);
        timer.schedule(new TimerTask() {
            private int runs;

            @Override
            public void run() {
                ran("repeat");
                if (++runs == 2) {
                    cancel();
                }
                twice.countDown();
            }
        }, 0, 2000);
        twice.await();
        timer.cancel();
        String refused;
        try {
            timer.schedule(task(() -> ran("refused")), 0);
            refused = "taken";
        } catch (IllegalStateException e) {
            refused = e.getMessage();
        }

        CountingTimer counting = new CountingTimer();
        counting.schedule(task(() -> {
            ran("failing on " + thread());
            throw new IllegalStateException("disk full");
        }), 0);
        String ended = null;
        while (ended == null) {
            Thread.sleep(1);
            try {
                counting.schedule(task(() -> ran("after the failure")), 60_000);
            } catch (IllegalStateException e) {
                ended = e.getMessage();
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.println("order " + order() + " early on " + early[0] + " cancelled " + cancelled
                + " purged " + purged + " again " + again + " refused " + refused + " ended " + ended
                + " given " + (counting.given() > 1) + " slept " + (seconds >= 5)); // the delays add up to 5 s at least
    }
}
