package example.racehunt;

import java.util.Timer;
import java.util.TimerTask;

/** The fixed twin of {@code TimerTaskLastRun}: the cached rate is {@code volatile}. */
// weft: expect none
public final class TimerTaskLastRunVolatile {

    static volatile double rate = 1.0;

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("rates-timer", true);
        timer.scheduleAtFixedRate(new TimerTask() {
            private int ticks;

            @Override
            public void run() {
                rate = 1.0 + (++ticks % 10) / 100.0;
            }
        }, 0, 1);
        double quoted = 0;
        for (int i = 0; i < 50; i++) {
            quoted += 100 * rate;
            Thread.sleep(1);
        }
        timer.cancel();
        System.out.println(quoted);
    }
}
