package example.racehunt;

import java.util.Arrays;

/**
 * Twin of {@code SeatGridDeepToString}: the booking and the printing hold the grid's lock; a second office prints and
 * hashes a plan no thread writes, which holds itself, with {@code deepToString} and {@code deepHashCode}. Correct: no finding.
 */
// weft: expect none
public final class SeatGridDeepToStringLocked {

    public static void main(String[] args) throws InterruptedException {
        int[][] seats = new int[3][4];
        Object[] plan = {new String[] {"stalls", "circle"}, new int[] {12, 8}, null};
        plan[2] = plan;
        Threads.runAll(new String[] {"booking", "box-office", "planner"},
                () -> {
                    synchronized (seats) {
                        seats[1][2] = 1;
                    }
                },
                () -> {
                    synchronized (seats) {
                        System.out.println(Arrays.deepToString(seats));
                    }
                },
                () -> System.out.println(Arrays.deepToString(plan) + " " + (Arrays.deepHashCode(new Object[] {plan[0], plan[1]}) != 0)));
    }
}
