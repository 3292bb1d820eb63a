package example.apphunt;

import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A latency recorder that never blocks the request path: requests queue their samples on a
 * {@code ConcurrentLinkedQueue} and whichever gets {@code tryLock()} flushes the queue into the plain histogram (a
 * {@code TreeMap} and counters); a request that fails to get the lock just leaves its sample for the next flush.
 * {@code main} flushes the rest under {@code lock()} after the joins.
 */
// weft: expect none
public final class StatsFlushTryLock {

    private final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
    private final ReentrantLock flushLock = new ReentrantLock();
    private final TreeMap<Long, Integer> histogram = new TreeMap<>();
    private long count;
    private long max;

    private void flush() {
        for (Long sample = samples.poll(); sample != null; sample = samples.poll()) {
            histogram.merge(sample / 10 * 10, 1, Integer::sum);
            count++;
            max = Math.max(max, sample);
        }
    }

    void record(long micros) {
        samples.add(micros);
        if (flushLock.tryLock()) {
            try {
                flush();
            } finally {
                flushLock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StatsFlushTryLock recorder = new StatsFlushTryLock();
        Thread[] requests = new Thread[4];
        for (int r = 0; r < requests.length; r++) {
            int me = r;
            requests[r] = new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    recorder.record((i * 31L + me * 7) % 400);
                }
            }, "request-" + r);
            requests[r].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        recorder.flushLock.lock();
        try {
            recorder.flush();
            System.out.println(recorder.count + " samples, max " + recorder.max + ", " + recorder.histogram.size() + " buckets");
        } finally {
            recorder.flushLock.unlock();
        }
    }
}
