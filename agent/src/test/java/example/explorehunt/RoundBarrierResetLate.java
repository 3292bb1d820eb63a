package example.explorehunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Two scanners meet at a {@code CyclicBarrier} once their shard is scanned. The coordinator re-arms the barrier with
 * {@code reset()} for the run, meant to come before the scanners start, but it starts them first: a scanner already
 * waiting at the barrier when {@code reset()} comes gets a {@code BrokenBarrierException} and fails, and the other, coming
 * to the re-armed barrier, waits for a partner that will never come: main waits in its join forever (a deadlock).
 */
// weft: expect deadlock
public final class RoundBarrierResetLate {

    static final CyclicBarrier SHARDS_DONE = new CyclicBarrier(2);
    static final int[] SCANNED = new int[2];

    public static void main(String[] args) throws InterruptedException {
        Thread[] scanners = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int shard = i;
            scanners[i] = new Thread(() -> {
                SCANNED[shard] = 10 + shard;
                try {
                    SHARDS_DONE.await();
                } catch (BrokenBarrierException | InterruptedException e) {
                    throw new IllegalStateException("shard " + shard + " lost its barrier", e);
                }
            }, "scanner-" + i);
        }
        for (Thread scanner : scanners) {
            scanner.start();
        }
        SHARDS_DONE.reset(); // the bug: after the scanners started, one may be waiting already
        for (Thread scanner : scanners) {
            scanner.join();
        }
        System.out.println("scanned " + (SCANNED[0] + SCANNED[1]));
    }
}
