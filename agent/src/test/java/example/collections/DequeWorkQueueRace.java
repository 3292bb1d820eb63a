package example.collections;

import java.util.ArrayDeque;

/** Jobs are queued in an ArrayDeque before the workers start; the workers then poll it with no lock. */
// weft: expect race example.collections.DequeWorkQueueRace.jobs threads=worker-1,worker-2 collection=java.util.ArrayDeque
public final class DequeWorkQueueRace {

    private final ArrayDeque<Integer> jobs = new ArrayDeque<>();
    private long done;

    void work() {
        Integer job;
        while ((job = jobs.poll()) != null) { // weft: race
            synchronized (this) {
                done += job;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        DequeWorkQueueRace queue = new DequeWorkQueueRace();
        for (int i = 0; i < 500; i++) {
            queue.jobs.add(i);
        }
        Threads.runAll(new String[] {"worker-1", "worker-2"}, queue::work, queue::work);
        System.out.println("done " + queue.done);
    }
}
