package example.racehunt;

import java.util.Arrays;

/** The fixed twin of {@code ArraysSetAllReset}: requests and the reset hold the buckets' lock. */
// weft: expect none
public final class ArraysSetAllResetLocked {

    static final int[] BUCKETS = new int[8];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"requests", "reset"}, () -> {
            for (int i = 0; i < 3000; i++) {
                synchronized (BUCKETS) {
                    BUCKETS[i % 8]++;
                }
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                synchronized (BUCKETS) {
                    Arrays.setAll(BUCKETS, b -> 0);
                }
            }
        });
        System.out.println(BUCKETS[0]);
    }
}
