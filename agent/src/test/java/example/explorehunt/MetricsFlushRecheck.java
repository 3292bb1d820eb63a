package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link MetricsFlushTryLock} whose flusher looks at the queue again after it lets the lock go: a metric added while
 * it held the lock, by a thread whose try failed, is flushed in another round.
 */
// weft: expect none
public final class MetricsFlushRecheck {

    static final ConcurrentLinkedQueue<String> PENDING = new ConcurrentLinkedQueue<>();
    static final ReentrantLock FLUSH = new ReentrantLock();
    static final List<String> STORE = new ArrayList<>(); // guarded by FLUSH
    static int flushes; // guarded by FLUSH

    static void record(String metric) {
        PENDING.add(metric);
        do {
            if (!FLUSH.tryLock()) {
                return; // the holder looks at the queue again once it lets go
            }
            try {
                for (String m = PENDING.poll(); m != null; m = PENDING.poll()) {
                    STORE.add(m);
                }
                flushes++;
            } finally {
                FLUSH.unlock();
            }
        } while (!PENDING.isEmpty());
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
