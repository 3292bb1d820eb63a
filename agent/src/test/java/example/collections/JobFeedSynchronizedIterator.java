package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The twin of {@link JobFeedSharedIterator}: the feed's {@code take} is {@code synchronized}, so its iterator is stepped by one worker at a time. */
// weft: expect none
public final class JobFeedSynchronizedIterator {

    static final class Feed {
        private final Iterator<String> pending;

        Feed(List<String> jobs) {
            pending = jobs.iterator();
        }

        synchronized String take() {
            try {
                return pending.hasNext() ? pending.next() : null;
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
