package example.exploreshapes;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Twin of {@link TimerLastRun}: a repeating {@code java.util.Timer} task and the main thread stamp the field under one
 * lock; the task is cancelled, then the timer.
 */
public final class TimerLastRunLocked {

    private static final Object LOCK = new Object();
    private static String lastRun = "never";
    private static int runs;

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("housekeeping", true);
        TimerTask stamp = new TimerTask() {
            @Override
            public void run() {
                synchronized (LOCK) {
                    lastRun = "timer";
                    runs++;
                }
            }
        };
        timer.scheduleAtFixedRate(stamp, 5, 5);
        synchronized (LOCK) {
            lastRun = "main";
        }
        Thread.sleep(50);
        stamp.cancel();
        timer.cancel();
        synchronized (LOCK) {
            System.out.println("last run " + lastRun + " after " + runs + " timer runs");
        }
    }
}
