package example.apphunt;

import java.util.Arrays;
import java.util.concurrent.Phaser;

/**
 * A 1-D heat simulation: each worker owns a slice of the rod and, every round, computes its cells' next
 * temperatures from their neighbours, then commits them. Each round is two {@code Phaser} phases: all
 * workers compute, then all commit.
 */
// weft: expect none
public final class HeatSimulationFixed {

    static final int CELLS = 16;
    static final int ROUNDS = 4;

    static final class Rod {
        final double[] temperature = new double[CELLS];

        Rod() {
            temperature[0] = 100;
        }
    }

    static final class SliceWorker extends Thread {
        private final Rod rod;
        private final int from;
        private final int to;
        private final Phaser rounds;

        SliceWorker(int id, Rod rod, int from, int to, Phaser rounds) {
            super("slice-" + id);
            this.rod = rod;
            this.from = from;
            this.to = to;
            this.rounds = rounds;
            rounds.register();
        }

        @Override
        public void run() {
            double[] next = new double[to - from];
            for (int round = 0; round < ROUNDS; round++) {
                double[] t = rod.temperature;
                for (int i = from; i < to; i++) {
                    double left = i == 0 ? t[i] : t[i - 1];
                    double right = i == CELLS - 1 ? t[i] : t[i + 1];
                    next[i - from] = (left + t[i] + right) / 3;
                }
                rounds.arriveAndAwaitAdvance();
                System.arraycopy(next, 0, t, from, next.length);
                rounds.arriveAndAwaitAdvance();
            }
            rounds.arriveAndDeregister();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Rod rod = new Rod();
        Phaser rounds = new Phaser();
        SliceWorker[] workers = {
            new SliceWorker(1, rod, 0, CELLS / 2, rounds), new SliceWorker(2, rod, CELLS / 2, CELLS, rounds)};
        for (SliceWorker worker : workers) {
            worker.start();
        }
        for (SliceWorker worker : workers) {
            worker.join();
        }
        System.out.println(Arrays.toString(rod.temperature));
    }
}
