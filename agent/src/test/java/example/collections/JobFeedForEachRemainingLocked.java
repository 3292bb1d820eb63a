package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The fixed {@link JobFeedForEachRemaining}: a worker drains the feed's iterator holding the feed's lock. */
// weft: expect none
public final class JobFeedForEachRemainingLocked {

    static final class Feed {
        private final Iterator<String> pending;

        Feed(List<String> jobs) {
            pending = jobs.iterator();
        }

        synchronized int drain() {
            int[] run = new int[1];
            pending.forEachRemaining(job -> run[0]++);
            return run[0];
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            jobs.add("job-" + i);
        }
        Feed feed = new Feed(jobs);
        int[] done = new int[2];
        Threads.runAll(new String[] {"worker-1", "worker-2"}, () -> done[0] = feed.drain(), () -> done[1] = feed.drain());
        System.out.println("jobs run: " + (done[0] + done[1]));
    }
}
