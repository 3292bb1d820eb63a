package example.collections;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;

/**
 * A job feed keeps one iterator over its jobs in a field; two workers each drain it with {@code forEachRemaining}, with
 * no lock, so both read and move the iterator's cursor (jobs may be run twice).
 */
// weft: expect race java.util.ArrayList$Itr threads=worker-1,worker-2 collection=java.util.ArrayList$Itr
public final class JobFeedForEachRemaining {

    static final class Feed {
        private final Iterator<String> pending;

        Feed(List<String> jobs) {
            pending = jobs.iterator();
        }

        int drain() {
            int[] run = new int[1];
            try {
                pending.forEachRemaining(job -> run[0]++); // weft: race
            } catch (ConcurrentModificationException | ArrayIndexOutOfBoundsException raced) {
                // the other worker moved the cursor meanwhile
            }
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
