package example.explorehunt;

import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** {@link SurveyPhaseArrive} whose counters both end phase 0 with {@code arriveAndAwaitAdvance()}. */
// weft: expect none
public final class SurveyPhaseAwait {

    static final int[] ANSWERS = {3, 1, 4, 1, 5, 9, 2, 6};
    static final AtomicIntegerArray HALVES = new AtomicIntegerArray(2);
    static final Phaser PHASES = new Phaser(2);

    public static void main(String[] args) throws InterruptedException {
        Thread north = new Thread(() -> count(0), "north");
        Thread south = new Thread(() -> count(1), "south");
        north.start();
        south.start();
        north.join();
        south.join();
        System.out.println("total " + (HALVES.get(0) + HALVES.get(1)));
    }

    static void count(int half) {
        int sum = 0;
        for (int i = half * ANSWERS.length / 2; i < (half + 1) * ANSWERS.length / 2; i++) {
            sum += ANSWERS[i];
        }
        HALVES.set(half, sum);
        PHASES.arriveAndAwaitAdvance();
        int total = HALVES.get(0) + HALVES.get(1);
        if (total != 31) {
            throw new IllegalStateException("survey total " + total + " seen by half " + half);
        }
    }
}
