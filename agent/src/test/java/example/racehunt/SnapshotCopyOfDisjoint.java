package example.racehunt;

import java.util.Arrays;

/**
 * Correct: a metrics page snapshots the first 64 slots of a gauge table with {@code Arrays.copyOf} while a
 * collector clears slots 64 to 128, which the page never reads (the twin of {@code SnapshotCopyOfOverlap}).
 */
// weft: expect none
public final class SnapshotCopyOfDisjoint {

    static final int[] GAUGES = new int[128];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"collector", "page"}, () -> {
            for (int i = 0; i < 500; i++) {
                Arrays.fill(GAUGES, 64, 128, i);
            }
        }, () -> {
            long sum = 0;
            for (int i = 0; i < 500; i++) {
                sum += Arrays.copyOf(GAUGES, 64).length;
            }
            System.out.println(sum);
        });
    }
}
