package example.racehunt;

import java.util.Arrays;

/** A rate limiter's per-second buckets are reset with {@code Arrays.setAll} while requests count into them. */
// weft: expect race int[] threads=requests,reset
public final class ArraysSetAllReset {

    static final int[] BUCKETS = new int[8];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"requests", "reset"}, () -> {
            for (int i = 0; i < 3000; i++) {
                BUCKETS[i % 8]++; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                Arrays.setAll(BUCKETS, b -> 0); // weft: race
            }
        });
        System.out.println(BUCKETS[0]);
    }
}
