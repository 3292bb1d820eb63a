package example.apphunt;

import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;

/**
 * A harvest planner in rounds on a {@code Phaser}: each field worker writes its plot's yield, then {@code arrive()}s
 * and waits with {@code awaitAdvanceInterruptibly(phase, timeout)}; once the phase advanced, worker 0 reads all the
 * plots' yields of the round to plan the next, and the others wait for its plan in the next phase.
 */
// weft: expect none
public final class HarvestPhaserInterruptibly {

    public static void main(String[] args) throws Exception {
        int workers = 3;
        int[] yields = new int[workers];
        int[] plan = new int[1];
        Phaser rounds = new Phaser(workers);
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads[w] = new Thread(() -> {
                try {
                    for (int round = 0; round < 20; round++) {
                        yields[worker] = (round + 1) * (worker + 1) + plan[0] % 5;
                        rounds.awaitAdvanceInterruptibly(rounds.arrive(), 10, TimeUnit.SECONDS);
                        if (worker == 0) {
                            plan[0] = yields[0] + yields[1] + yields[2];
                        }
                        rounds.awaitAdvanceInterruptibly(rounds.arrive(), 10, TimeUnit.SECONDS);
                    }
                } catch (Exception e) {
                    Thread.currentThread().interrupt();
                }
            }, "field-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(plan[0]);
    }
}
