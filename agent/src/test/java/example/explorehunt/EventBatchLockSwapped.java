package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An event batcher that locks the batch it fills: a producer takes the current batch from a volatile field and adds
 * under its monitor, and the flusher ships the batch and puts a new one in its place under the same monitor. A producer
 * that took the batch before the swap waits for the old batch's monitor and adds its event to a batch already
 * shipped: the event is lost.
 */
// weft: expect failure
public final class EventBatchLockSwapped {

    static final class Batcher {
        private volatile List<String> batch = new ArrayList<>();
        private final AtomicInteger shipped = new AtomicInteger();

        void add(String event) {
            List<String> current = batch;
            synchronized (current) { // the bug: the flusher may have shipped and replaced this batch meanwhile
                current.add(event);
            }
        }

        void flush() {
            synchronized (batch) {
                shipped.addAndGet(batch.size());
                batch = new ArrayList<>();
            }
        }

        int delivered() {
            flush();
            return shipped.get();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Batcher batcher = new Batcher();
        Thread clicks = new Thread(() -> batcher.add("click"), "clicks");
        Thread views = new Thread(() -> batcher.add("view"), "views");
        Thread flusher = new Thread(batcher::flush, "flusher");
        clicks.start();
        views.start();
        flusher.start();
        clicks.join();
        views.join();
        flusher.join();
        int delivered = batcher.delivered();
        if (delivered != 2) {
            throw new IllegalStateException("delivered " + delivered + " of 2 events");
        }
    }
}
