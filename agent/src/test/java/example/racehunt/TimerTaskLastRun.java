package example.racehunt;

import java.util.Timer;
import java.util.TimerTask;

/** A {@code java.util.Timer} task refreshes a cached exchange rate every millisecond; the main thread quotes with it. */
// weft: expect race example.racehunt.TimerTaskLastRun.rate threads=main,rates-timer
public final class TimerTaskLastRun {

    static double rate = 1.0;

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("rates-timer", true);
        timer.scheduleAtFixedRate(new TimerTask() {
            private int ticks;

            @Override
            public void run() {
                rate = 1.0 + (++ticks % 10) / 100.0; // weft: race
            }
        }, 0, 1);
        double quoted = 0;
        for (int i = 0; i < 50; i++) {
            quoted += 100 * rate; // weft: race
            Thread.sleep(1);
        }
        timer.cancel();
        System.out.println(quoted);
    }
}
