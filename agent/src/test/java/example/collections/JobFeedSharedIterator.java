package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A job feed hands out the jobs of a list through one iterator it keeps in a field; two workers take from the feed with
 * no lock, so both step the iterator's cursor (the JDK's field of {@code ArrayList}'s iterator): a job may be run twice
 * or skipped. Weft checks an iterator read from a field as a variable of its own.
 */
// weft: expect race example.collections.JobFeedSharedIterator$Feed.pending threads=worker-1,worker-2 collection=java.util.ArrayList$Itr
public final class JobFeedSharedIterator {

    static final class Feed {
        private final Iterator<String> pending;

        Feed(List<String> jobs) {
            pending = jobs.iterator();
        }

        String take() {
            try {
                return pending.hasNext() ? pending.next() : null; // weft: race
            } catch (NoSuchElementException takenMeanwhile) {
                return null;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            jobs.add("job-" + i);
        }
        Feed feed = new Feed(jobs);
        int[] done = new int[2];
        Threads.runAll(new String[] {"worker-1", "worker-2"}, () -> {
            while (feed.take() != null) {
                done[0]++;
            }
        }, () -> {
            while (feed.take() != null) {
                done[1]++;
            }
        });
        System.out.println("jobs run: " + (done[0] + done[1]));
    }
}
