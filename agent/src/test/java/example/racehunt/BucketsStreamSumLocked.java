package example.racehunt;

import java.util.Arrays;
import java.util.stream.IntStream;

/** The fixed twin of {@code BucketsStreamSum}: the request and the metrics threads hold the counts' lock. */
// weft: expect none
public final class BucketsStreamSumLocked {

    static final int[] COUNTS = new int[5];

    public static void main(String[] args) throws InterruptedException {
        long[] totals = new long[1];
        Threads.runAll(new String[] {"requests", "metrics"}, () -> {
            for (int i = 0; i < 500; i++) {
                synchronized (COUNTS) {
                    COUNTS[i % 5]++;
                }
            }
        }, () -> {
            for (int i = 0; i < 100; i++) {
                synchronized (COUNTS) {
                    totals[0] += Arrays.stream(COUNTS).sum() + Arrays.stream(COUNTS, 1, 3).max().orElse(0);
                    totals[0] += IntStream.of(COUNTS).filter(c -> c > 10).count();
                }
            }
        });
        System.out.println(totals[0]);
    }
}
