package example.racehunt;

import java.util.Arrays;

/**
 * Twin of {@code ShelfCountMismatch}: the stocker recounts under the shelf lock the auditor takes to compare; a second
 * auditor compares ranges of two plans no thread writes, one with {@code Arrays.compare}. Correct: no finding.
 */
// weft: expect none
public final class ShelfCountMismatchLocked {

    public static void main(String[] args) throws InterruptedException {
        int[] planned = {4, 4, 6, 2, 8};
        int[] counted = {4, 4, 6, 2, 8};
        int[] lastWeek = {4, 5, 6, 2, 8};
        Object shelves = new Object();
        Threads.runAll(new String[] {"stocker", "auditor", "planner"},
                () -> {
                    synchronized (shelves) {
                        counted[4] = 7;
                    }
                },
                () -> {
                    synchronized (shelves) {
                        System.out.println("first difference " + Arrays.mismatch(planned, counted));
                    }
                },
                () -> System.out.println("plans " + Arrays.mismatch(planned, 0, 3, lastWeek, 0, 3) + " " + Arrays.compare(planned, lastWeek)));
    }
}
