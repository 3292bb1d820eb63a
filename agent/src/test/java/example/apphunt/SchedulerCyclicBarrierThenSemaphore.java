package example.apphunt;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;

/**
 * A render farm's nightly schedule: node threads each plan their own slots (plain arrays) and meet at a
 * {@code CyclicBarrier} whose action merges the plans into a shared schedule; after the barrier, nodes take render
 * licences from a {@code Semaphore} and write their results into the schedule under a monitor, reading the merged plan.
 */
// weft: expect none
public final class SchedulerCyclicBarrierThenSemaphore {

    static final class Schedule {
        final int[][] planned = new int[3][8];
        int[] merged;
        final long[] rendered = new long[3];
    }

    public static void main(String[] args) throws Exception {
        Schedule schedule = new Schedule();
        CyclicBarrier planned = new CyclicBarrier(3, () -> {
            int[] merged = new int[8];
            for (int[] node : schedule.planned) {
                for (int s = 0; s < merged.length; s++) {
                    merged[s] += node[s];
                }
            }
            schedule.merged = merged;
        });
        Semaphore licences = new Semaphore(2);
        Thread[] nodes = new Thread[3];
        for (int n = 0; n < nodes.length; n++) {
            int node = n;
            nodes[n] = new Thread(() -> {
                for (int s = 0; s < 8; s++) {
                    schedule.planned[node][s] = (s + node) % 3;
                }
                try {
                    planned.await();
                    licences.acquire();
                    try {
                        long frames = 0;
                        for (int s = 0; s < schedule.merged.length; s++) {
                            frames += (long) schedule.merged[s] * (node + 1);
                        }
                        synchronized (schedule) {
                            schedule.rendered[node] = frames;
                        }
                    } finally {
                        licences.release();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "node-" + n);
            nodes[n].start();
        }
        for (Thread node : nodes) {
            node.join();
        }
        long total = 0;
        for (long frames : schedule.rendered) {
            total += frames;
        }
        System.out.println("rendered " + total);
    }
}
