package example.collections;

import java.util.Queue;
import java.util.concurrent.PriorityBlockingQueue;

/** The fixed twin of {@code DispatchPriorityQueueRace}: the jobs wait in a {@code PriorityBlockingQueue}. */
// weft: expect none
public final class DispatchPriorityBlockingQueue {

    static final Queue<Integer> JOBS = new PriorityBlockingQueue<>();

    public static void main(String[] args) throws InterruptedException {
        long[] done = new long[1];
        Threads.runAll(new String[] {"intake", "dispatcher"}, () -> {
            for (int i = 0; i < 1000; i++) {
                JOBS.offer(i % 17);
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                Integer job = JOBS.poll();
                done[0] += job == null ? 0 : 1;
            }
        });
        System.out.println(done[0]);
    }
}
