package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Heat spreading along a rod, computed by two threads in lock-step: each owns half of the cells, and a
 * {@link CyclicBarrier} separates the time steps.
 *
 * <p>The rod is two plain {@code double[]} grids, the current and the next step. In each step
 * {@code smoother-1} and {@code smoother-2} read the current grid, including the cell next to their half
 * that the other thread wrote in the previous step, and write their own half of the next grid; then they
 * wait at the barrier, whose action counts the steps in a plain field. The next step writes into the grid
 * the other thread just read. Actions before {@code await()} happen-before the barrier action, which
 * happens-before the return from {@code await()} in every thread: the barrier is the only thing ordering
 * one thread's writes of a cell with the other's reads of it, and the reads with the next writes.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the barrier would wrongly report
 * a race on a {@code double[]} element at the border between the two halves, or on the step counter.
 */
@Sample(
        shows = "Two threads update their halves of a shared double[] in steps separated by a CyclicBarrier,"
                + " each reading the other's border cell: the barrier orders every step, no race.",
        expect = "none",
        twin = "ArrayElementRace")
public final class CyclicBarrierHandOff {

    private static final int CELLS = 16;
    private static final int STEPS = 40;

    private CyclicBarrierHandOff() {
    }

    /** The number of steps done; written only by the barrier action. */
    static final class Progress {
        int steps;
    }

    public static void main(String[] args) throws InterruptedException {
        double[][] grids = {new double[CELLS], new double[CELLS]};
        grids[0][CELLS / 2] = 1_000.0;
        Progress progress = new Progress();
        CyclicBarrier endOfStep = new CyclicBarrier(2, () -> progress.steps++);
        Thread smoother1 = new Thread(() -> smooth(grids, 0, CELLS / 2, endOfStep), "smoother-1");
        Thread smoother2 = new Thread(() -> smooth(grids, CELLS / 2, CELLS, endOfStep), "smoother-2");
        smoother1.start();
        smoother2.start();
        smoother1.join();
        smoother2.join();
        double[] last = grids[STEPS % 2];
        System.out.printf("after %d steps: ends %.3f and %.3f, middle %.3f%n",
                progress.steps, last[0], last[CELLS - 1], last[CELLS / 2]);
    }

    /** Runs every step on cells {@code from} (inclusive) to {@code to} (exclusive). */
    private static void smooth(double[][] grids, int from, int to, CyclicBarrier endOfStep) {
        try {
            for (int step = 0; step < STEPS; step++) {
                double[] current = grids[step % 2];
                double[] next = grids[(step + 1) % 2];
                for (int i = from; i < to; i++) {
                    double left = current[Math.max(i - 1, 0)];
                    double right = current[Math.min(i + 1, CELLS - 1)];
                    next[i] = (left + current[i] + right) / 3;
                }
                endOfStep.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a smoother left the barrier", e);
        }
    }
}
