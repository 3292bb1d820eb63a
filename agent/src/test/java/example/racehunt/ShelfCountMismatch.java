package example.racehunt;

import java.util.Arrays;

/** An auditor finds the first shelf whose count differs from the plan with {@code Arrays.mismatch} while a stocker recounts the last shelf, with no lock. */
// weft: expect race int[] threads=auditor,stocker
public final class ShelfCountMismatch {

    public static void main(String[] args) throws InterruptedException {
        int[] planned = {4, 4, 6, 2, 8};
        int[] counted = {4, 4, 6, 2, 8};
        Threads.runAll(new String[] {"stocker", "auditor"},
                () -> counted[4] = 7, // weft: race
                () -> System.out.println("first difference " + Arrays.mismatch(planned, counted))); // weft: race
    }
}
