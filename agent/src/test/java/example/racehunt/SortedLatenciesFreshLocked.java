package example.racehunt;

import java.util.Arrays;

/** The fixed twin of {@code SortedLatenciesFresh}: the sort and the reads hold the window's lock. */
// weft: expect none
public final class SortedLatenciesFreshLocked {

    static final long[] WINDOW = new long[128];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"recorder", "dashboard"}, () -> {
            for (int i = 0; i < 300; i++) {
                synchronized (WINDOW) {
                    Arrays.sort(WINDOW);
                }
            }
        }, () -> {
            long max = 0;
            for (int i = 0; i < 3000; i++) {
                synchronized (WINDOW) {
                    max = Math.max(max, WINDOW[WINDOW.length - 1]);
                }
            }
            System.out.println(max);
        });
    }
}
