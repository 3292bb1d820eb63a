package example.racehunt;

import java.util.Arrays;

/** Request threads count responses per status class in a plain int[]; the metrics thread totals it with {@code Arrays.stream(counts).sum()}. */
// weft: expect race int[] threads=requests,metrics
public final class BucketsStreamSum {

    static final int[] COUNTS = new int[5];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < COUNTS.length; i++) {
            COUNTS[i] = 0; // the counts of the previous minute, cleared
        }
        long[] totals = new long[1];
        Threads.runAll(new String[] {"requests", "metrics"}, () -> {
            for (int i = 0; i < 500; i++) {
                COUNTS[i % 5]++; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 100; i++) {
                totals[0] += Arrays.stream(COUNTS).sum(); // weft: race
            }
        });
        System.out.println(totals[0]);
    }
}
