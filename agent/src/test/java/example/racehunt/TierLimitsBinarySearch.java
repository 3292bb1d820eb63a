package example.racehunt;

import java.util.Arrays;

/** A pricer looks a volume up in a shared table of tier limits with {@code Arrays.binarySearch} while an admin raises one limit. */
// weft: expect race long[] threads=admin,pricer
public final class TierLimitsBinarySearch {

    public static void main(String[] args) throws InterruptedException {
        long[] limits = {10, 20, 30, 40, 50, 60, 70};
        Threads.runAll(new String[] {"admin", "pricer"},
                () -> limits[3] = 45, // weft: race
                () -> System.out.println("tier " + Arrays.binarySearch(limits, 40))); // weft: race
    }
}
