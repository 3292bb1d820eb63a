package example.firstrule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two ticket scanners of a pool of two wait at the gate until main, after a warm-up of over a second, opens it; a third
 * scan is queued behind them. All the pool's threads wait with tasks queued, but main only sleeps: it opens the gate.
 */
public final class GateOpensAfterWarmUp {

    public static void main(String[] args) throws Exception {
        ExecutorService scanners = Executors.newFixedThreadPool(2);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> scans = new ArrayList<>();
        for (int lane = 0; lane < 3; lane++) {
            int tickets = 10 + lane;
            scans.add(scanners.submit(() -> {
                gate.await();
                return tickets;
            }));
        }
        Thread.sleep(1500); // the warm-up
        gate.countDown();
        int scanned = 0;
        for (Future<Integer> scan : scans) {
            scanned += scan.get();
        }
        scanners.shutdown();
        System.out.println("scanned: " + scanned);
    }
}
