package example.racehunt;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * A {@code java.util.Timer} task refreshes a cached exchange rate every millisecond; the main thread waits until the
 * refreshing has begun (each run counts a latch down before it writes), then quotes with it.
 */
// weft: expect race example.racehunt.TimerTaskLastRun.rate threads=main,rates-timer
public final class TimerTaskLastRun {

    static double rate = 1.0;

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("rates-timer", true);
        CountDownLatch refreshing = new CountDownLatch(1);
        timer.scheduleAtFixedRate(new TimerTask() {
            private int ticks;

            @Override
            public void run() {
                refreshing.countDown();
                rate = 1.0 + (++ticks % 10) / 100.0; // weft: race
            }
        }, 0, 1);
        refreshing.await();
        double quoted = 0;
        for (int i = 0; i < 50; i++) {
            quoted += 100 * rate; // weft: race
            Thread.sleep(1);
        }
        timer.cancel();
        System.out.println(quoted);
    }
}
