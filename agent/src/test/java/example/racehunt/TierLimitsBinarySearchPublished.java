package example.racehunt;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Twin of {@code TierLimitsBinarySearch}: the admin raises the limit in a copy of the table and publishes the copy
 * through a {@code volatile} field; two pricers search the published table at once, one a range with a comparator.
 * Correct: no finding.
 */
// weft: expect none
public final class TierLimitsBinarySearchPublished {

    static volatile long[] limits = {10, 20, 30, 40, 50, 60, 70};
    static final String[] NAMES = {"bronze", "gold", "silver"};

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"admin", "pricer-1", "pricer-2"},
                () -> {
                    long[] raised = limits.clone();
                    raised[3] = 45;
                    limits = raised;
                },
                () -> System.out.println("tier " + Arrays.binarySearch(limits, 40)),
                () -> System.out.println("name " + Arrays.binarySearch(NAMES, 0, 3, "gold", Comparator.naturalOrder())
                        + " " + Arrays.binarySearch(limits, 2, 6, 55)));
    }
}
