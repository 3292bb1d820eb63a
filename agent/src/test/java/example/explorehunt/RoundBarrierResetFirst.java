package example.explorehunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/** The twin of {@link RoundBarrierResetLate}: the coordinator re-arms the barrier before it starts the scanners. */
// weft: expect none
public final class RoundBarrierResetFirst {

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
        SHARDS_DONE.reset();
        for (Thread scanner : scanners) {
            scanner.start();
        }
        for (Thread scanner : scanners) {
            scanner.join();
        }
        System.out.println("scanned " + (SCANNED[0] + SCANNED[1]));
    }
}
