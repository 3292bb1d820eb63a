package example.racehunt;

import java.util.Arrays;

/**
 * A metrics page snapshots the first 64 slots of a gauge table with {@code Arrays.copyOf} while a
 * collector clears slots 32 to 96 with {@code Arrays.fill}: two JDK calls on overlapping ranges.
 */
// weft: expect race int[] threads=collector,page
public final class SnapshotCopyOfOverlap {

    static final int[] GAUGES = new int[128];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"collector", "page"}, () -> {
            for (int i = 0; i < 500; i++) {
                Arrays.fill(GAUGES, 32, 96, i); // weft: race
            }
        }, () -> {
            long sum = 0;
            for (int i = 0; i < 500; i++) {
                sum += Arrays.copyOf(GAUGES, 64).length; // weft: race
            }
            System.out.println(sum);
        });
    }
}
