package example.apphunt;

import java.util.concurrent.Phaser;

/**
 * A crowd simulation steps two halves of a street in two threads: each step reads both halves of the previous
 * positions and writes its half of the next, the two separated by {@code arriveAndAwaitAdvance()}; an observer
 * that is no party waits for every step with {@code awaitAdvance} (without arriving) and reads the last positions.
 */
// weft: expect none
public final class CrowdSimulation {

    static final int STEPS = 4;

    public static void main(String[] args) throws Exception {
        int[][] positions = {{1, 2, 3, 4}, new int[4]};
        Phaser steps = new Phaser(2);
        int[] observed = new int[1];
        Thread[] walkers = new Thread[2];
        for (int half = 0; half < 2; half++) {
            int from = half * 2;
            walkers[half] = new Thread(() -> {
                for (int step = 0; step < STEPS; step++) {
                    int[] now = positions[step % 2], next = positions[(step + 1) % 2];
                    for (int i = from; i < from + 2; i++) {
                        next[i] = now[i] + now[(i + 1) % 4] % 3;
                    }
                    steps.arriveAndAwaitAdvance();
                }
            }, "walker-" + half);
        }
        Thread observer = new Thread(() -> {
            int phase = steps.getPhase();
            while (phase >= 0 && phase < STEPS) {
                phase = steps.awaitAdvance(phase);
            }
            int[] last = positions[STEPS % 2];
            observed[0] = last[0] + last[1] + last[2] + last[3];
        }, "observer");
        observer.start();
        walkers[0].start();
        walkers[1].start();
        walkers[0].join();
        walkers[1].join();
        observer.join();
        System.out.println("sum " + observed[0]);
    }
}
