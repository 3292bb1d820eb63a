package example.explorehunt;

import java.util.ArrayList;
import java.util.List;

/**
 * The twin of {@link EventBatchLockSwapped}: producers and the flusher lock the batcher, which the flush does not
 * replace, so every event goes into a batch that is shipped later.
 */
// weft: expect none
public final class EventBatchOneLock {

    static final class Batcher {
        private List<String> batch = new ArrayList<>();
        private int shipped;

        synchronized void add(String event) {
            batch.add(event);
        }

        synchronized void flush() {
            shipped += batch.size();
            batch = new ArrayList<>();
        }

        synchronized int delivered() {
            flush();
            return shipped;
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
