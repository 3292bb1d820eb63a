package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two request threads each record a metric in a pending queue, then try to flush the queue to the store; a thread
 * that finds the flush lock taken leaves its metric to the flush in progress. When that flush has already drained
 * the queue, the metric stays pending for good and the store misses it.
 */
// weft: expect failure
public final class MetricsFlushTryLock {

    static final ConcurrentLinkedQueue<String> PENDING = new ConcurrentLinkedQueue<>();
    static final ReentrantLock FLUSH = new ReentrantLock();
    static final List<String> STORE = new ArrayList<>(); // guarded by FLUSH
    static int flushes; // guarded by FLUSH

    static void record(String metric) {
        PENDING.add(metric);
        if (FLUSH.tryLock()) { // the bug: a failed try trusts a flush that may have drained the queue already
            try {
                for (String m = PENDING.poll(); m != null; m = PENDING.poll()) {
                    STORE.add(m);
                }
                flushes++;
            } finally {
                FLUSH.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread checkout = new Thread(() -> record("checkout.latency"), "checkout");
        Thread search = new Thread(() -> record("search.latency"), "search");
        checkout.start();
        search.start();
        checkout.join();
        search.join();
        if (STORE.size() != 2) {
            throw new IllegalStateException("metrics lost: stored " + STORE + " in " + flushes + " flushes, pending " + PENDING);
        }
    }
}
