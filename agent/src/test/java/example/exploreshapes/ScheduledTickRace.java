package example.exploreshapes;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Two ticks of a two-thread scheduled pool, due at the same time, record the last tick in a plain field. */
// weft: expect race example.exploreshapes.ScheduledTickRace.lastTick
public final class ScheduledTickRace {

    private static long lastTick;

    public static void main(String[] args) throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        ticker.schedule(() -> lastTick = 1, 5, TimeUnit.MILLISECONDS);
        ticker.schedule(() -> lastTick = 2, 5, TimeUnit.MILLISECONDS);
        ticker.shutdown();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("last tick " + lastTick);
    }
}
