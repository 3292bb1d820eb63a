package example.collections;

import java.util.PriorityQueue;
import java.util.Queue;

/** A dispatcher's jobs wait in a plain {@code PriorityQueue} that an intake thread offers to while the dispatcher polls. */
// weft: expect race example.collections.DispatchPriorityQueueRace.JOBS threads=dispatcher,intake collection=java.util.PriorityQueue
public final class DispatchPriorityQueueRace {

    static final Queue<Integer> JOBS = new PriorityQueue<>();

    public static void main(String[] args) throws InterruptedException {
        long[] done = new long[1];
        Threads.runAll(new String[] {"intake", "dispatcher"}, () -> {
            for (int i = 0; i < 1000; i++) {
                JOBS.offer(i % 17); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                Integer job = JOBS.poll(); // weft: race
                done[0] += job == null ? 0 : 1;
            }
        });
        System.out.println(done[0]);
    }
}
