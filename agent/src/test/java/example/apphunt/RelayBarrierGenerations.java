package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * A fluid simulation steps a grid in strips on a {@code CyclicBarrier} reused for many generations: each
 * worker writes its strip of the next grid, and the barrier action (run by the last arrival) swaps the grids
 * and records the step's total, which every worker then reads.
 */
// weft: expect none
public final class RelayBarrierGenerations {

    static final class Grid {
        double[] current = new double[120];
        double[] next = new double[120];
        int step;
        double lastTotal;
    }

    public static void main(String[] args) throws InterruptedException {
        Grid grid = new Grid();
        for (int i = 0; i < grid.current.length; i++) {
            grid.current[i] = i % 10;
        }
        int workers = 3;
        CyclicBarrier barrier = new CyclicBarrier(workers, () -> {
            double[] swap = grid.current;
            grid.current = grid.next;
            grid.next = swap;
            double total = 0;
            for (double v : grid.current) {
                total += v;
            }
            grid.lastTotal = total;
            grid.step++;
        });
        List<Thread> threads = new ArrayList<>();
        int strip = grid.current.length / workers;
        for (int w = 0; w < workers; w++) {
            int from = w * strip;
            Thread t = new Thread(() -> {
                try {
                    for (int step = 0; step < 50; step++) {
                        double[] in = grid.current;
                        double[] out = grid.next;
                        for (int i = from; i < from + strip; i++) {
                            double left = in[(i + in.length - 1) % in.length];
                            double right = in[(i + 1) % in.length];
                            out[i] = (left + in[i] + right) / 3;
                        }
                        barrier.await();
                        if (grid.lastTotal < 0) {
                            throw new IllegalStateException("negative mass after step " + grid.step);
                        }
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }, "strip-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("%d steps, total %.2f%n", grid.step, grid.lastTotal);
    }
}
