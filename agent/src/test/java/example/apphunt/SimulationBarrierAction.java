package example.apphunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * A particle simulation in steps: each of three workers moves its slice and writes its slice's energy into its own
 * slot; the {@code CyclicBarrier}'s action (run by the last worker to arrive) sums the slots into the step's total
 * and decides the next step's damping, which every worker reads after {@code await} returns.
 */
// weft: expect none
public final class SimulationBarrierAction {

    static final class Step {
        double totalEnergy;
        double damping = 1.0;
        int number;
    }

    public static void main(String[] args) throws Exception {
        int workers = 3;
        double[] energy = new double[workers];
        double[][] positions = new double[workers][50];
        Step step = new Step();
        CyclicBarrier barrier = new CyclicBarrier(workers, () -> {
            double total = 0;
            for (double e : energy) {
                total += e;
            }
            step.totalEnergy = total;
            step.damping = total > 100 ? 0.9 : 1.0;
            step.number++;
        });
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads[w] = new Thread(() -> {
                try {
                    for (int s = 0; s < 40; s++) {
                        double e = 0;
                        for (int p = 0; p < positions[worker].length; p++) {
                            positions[worker][p] = (positions[worker][p] + p * 0.1) * step.damping;
                            e += positions[worker][p];
                        }
                        energy[worker] = e;
                        barrier.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }, "particles-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(step.number + " " + step.totalEnergy);
    }
}
