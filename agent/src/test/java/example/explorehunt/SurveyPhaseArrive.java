package example.explorehunt;

import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Two counters tally the halves of a survey in phase 0, then each checks the grand total in phase 1. One of them
 * ends phase 0 with {@code arrive()}, which does not wait for the other party, instead of
 * {@code arriveAndAwaitAdvance()}: it may add up the totals before the other half is counted, and fails its check.
 */
// weft: expect failure
public final class SurveyPhaseArrive {

    static final int[] ANSWERS = {3, 1, 4, 1, 5, 9, 2, 6};
    static final AtomicIntegerArray HALVES = new AtomicIntegerArray(2);
    static final Phaser PHASES = new Phaser(2);

    public static void main(String[] args) throws InterruptedException {
        Thread north = new Thread(() -> count(0, true), "north");
        Thread south = new Thread(() -> count(1, false), "south");
        north.start();
        south.start();
        north.join();
        south.join();
        System.out.println("total " + (HALVES.get(0) + HALVES.get(1)));
    }

    static void count(int half, boolean waits) {
        int sum = 0;
        for (int i = half * ANSWERS.length / 2; i < (half + 1) * ANSWERS.length / 2; i++) {
            sum += ANSWERS[i];
        }
        HALVES.set(half, sum);
        if (waits) {
            PHASES.arriveAndAwaitAdvance();
        } else {
            PHASES.arrive(); // the bug: arrives without waiting for the other half
        }
        int total = HALVES.get(0) + HALVES.get(1);
        if (total != 31) {
            throw new IllegalStateException("survey total " + total + " seen by half " + half);
        }
    }
}
