package example.exploreshapes;

import java.util.Timer;
import java.util.TimerTask;

/** A {@code java.util.Timer} task stamps a plain field the main thread also stamps, then the timer is cancelled. */
// weft: expect race example.exploreshapes.TimerLastRun.lastRun
public final class TimerLastRun {

    private static String lastRun = "never";

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("housekeeping", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                lastRun = "timer";
            }
        }, 5);
        lastRun = "main";
        Thread.sleep(50);
        timer.cancel();
        System.out.println("last run " + lastRun);
    }
}
