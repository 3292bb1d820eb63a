package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * A {@code java.util.Timer} runs a periodic task that appends to a plain list in its own fields, set up by
 * {@code main} before scheduling it; {@code main} reads the result once the task counted down a latch.
 *
 * <p>{@code main} fills in the task's plain {@code prefix} before {@code schedule}; the task runs in the
 * timer's thread, {@code heartbeat}, each run after the previous one, and reads the prefix and updates its
 * plain {@code beats} and {@code last}; its third run cancels it and counts down a latch. Scheduling a task
 * happens before it runs, each run before the next (the timer's queue), and the latch orders the third
 * run before {@code main}'s read.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the timer would wrongly report a
 * race on {@code Heartbeat.prefix}.
 */
@Sample(
        shows = "A periodic TimerTask reads what main set before scheduling it and updates its own plain fields"
                + " run after run; main reads them after a latch: no race.",
        expect = "none",
        twin = "StopFlagRace")
public final class TimerHandOff {

    private TimerHandOff() {
    }

    /** A periodic task with plain fields. */
    static final class Heartbeat extends TimerTask {
        final CountDownLatch done = new CountDownLatch(1);
        String prefix;
        int beats;
        String last;

        @Override
        public void run() {
            beats++;
            last = prefix + " #" + beats;
            if (beats == 3) {
                cancel(); // no run after this one
                done.countDown();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("heartbeat");
        Heartbeat heartbeat = new Heartbeat();
        heartbeat.prefix = "beat";
        timer.scheduleAtFixedRate(heartbeat, 0, 5);
        heartbeat.done.await();
        timer.cancel();
        System.out.println(heartbeat.last);
    }
}
