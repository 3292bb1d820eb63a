package example.apphunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A matrix relaxation in steps: three workers each own a band of rows and, after each step, meet at a hand-written
 * sense-reversing spin barrier (an {@code AtomicInteger} of arrivals and a {@code volatile} generation they spin on
 * with {@code Thread.onSpinWait()}); in the next step each reads its neighbours' bands of the previous step, which the
 * barrier orders. Two grids alternate, so no step reads what the same step writes.
 */
// weft: expect none
public final class MatrixStepSpinBarrier {

    static final int WORKERS = 3;
    static final int ROWS = 12;
    static final int COLS = 16;

    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int generation;

    void await() {
        int mine = generation;
        if (arrived.incrementAndGet() == WORKERS) {
            arrived.set(0);
            generation = mine + 1;
            return;
        }
        int spins = 0;
        while (generation == mine) {
            if (++spins % 64 == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        double[][][] grids = new double[2][ROWS][COLS];
        for (int c = 0; c < COLS; c++) {
            grids[0][0][c] = 100;
            grids[1][0][c] = 100;
        }
        MatrixStepSpinBarrier barrier = new MatrixStepSpinBarrier();
        Thread[] workers = new Thread[WORKERS];
        int steps = 40;
        for (int w = 0; w < WORKERS; w++) {
            int first = Math.max(1, w * ROWS / WORKERS);
            int end = Math.min(ROWS - 1, (w + 1) * ROWS / WORKERS);
            workers[w] = new Thread(() -> {
                for (int step = 0; step < steps; step++) {
                    double[][] from = grids[step % 2];
                    double[][] to = grids[(step + 1) % 2];
                    for (int r = first; r < end; r++) {
                        for (int c = 1; c < COLS - 1; c++) {
                            to[r][c] = (from[r - 1][c] + from[r + 1][c] + from[r][c - 1] + from[r][c + 1]) / 4;
                        }
                    }
                    barrier.await();
                }
            }, "band-" + w);
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double heat = 0;
        for (double[] row : grids[steps % 2]) {
            for (double cell : row) {
                heat += cell;
            }
        }
        System.out.printf("%.2f%n", heat);
    }
}
