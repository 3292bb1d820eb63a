package example.racehunt;

import java.util.Arrays;

/**
 * A latency window sorted in place with {@code Arrays.sort} by a recorder while a dashboard reads its
 * last element as the maximum: the sort's writes happen inside the JDK, on elements nothing indexed before.
 */
// weft: expect race long[] threads=recorder,dashboard
public final class SortedLatenciesFresh {

    static final long[] WINDOW = new long[128];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"recorder", "dashboard"}, () -> {
            for (int i = 0; i < 300; i++) {
                Arrays.sort(WINDOW); // weft: race
            }
        }, () -> {
            long max = 0;
            for (int i = 0; i < 3000; i++) {
                max = Math.max(max, WINDOW[WINDOW.length - 1]); // weft: race
            }
            System.out.println(max);
        });
    }
}
