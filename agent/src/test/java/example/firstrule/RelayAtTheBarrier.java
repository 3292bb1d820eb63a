package example.firstrule;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;

/**
 * Two runners of a pool of two wait at a barrier of three, and for a phaser's advance, both of which main joins after a
 * sleep; a lap count is queued behind them in the pool. Main arrives at each (it sleeps first, then waits with no
 * timeout only once the runners can go on).
 */
public final class RelayAtTheBarrier {

    public static void main(String[] args) throws Exception {
        ExecutorService runners = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(3);
        Phaser laps = new Phaser(3);
        Future<?>[] legs = new Future<?>[2];
        for (int i = 0; i < legs.length; i++) {
            legs[i] = runners.submit(() -> {
                start.await();
                laps.arriveAndAwaitAdvance();
                return null;
            });
        }
        Future<String> count = runners.submit(() -> "laps: " + laps.getPhase());
        Thread.sleep(1200);
        start.await();
        Thread.sleep(1200);
        laps.arriveAndDeregister();
        for (Future<?> leg : legs) {
            leg.get();
        }
        System.out.println(count.get());
        runners.shutdown();
    }
}
