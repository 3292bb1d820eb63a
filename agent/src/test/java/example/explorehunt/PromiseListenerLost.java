package example.explorehunt;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A hand-written promise runs a listener at once when it is already complete, or keeps it for {@code complete()} to
 * run. The check and the registration are not one step: when the loader completes the promise between a listener's
 * check (not complete yet) and its registration, the listener is kept after the promise has run its listeners, and is
 * never run. The listener counts down the latch main waits on, so main waits forever.
 */
// weft: expect deadlock
public final class PromiseListenerLost {

    static final class Promise {
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean complete;

        void onComplete(Runnable listener) {
            if (complete) { // the bug: complete() may run its listeners between this check and the add below
                listener.run();
            } else {
                listeners.add(listener);
            }
        }

        void complete() {
            complete = true;
            for (Runnable listener : listeners) {
                listener.run();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Promise loaded = new Promise();
        CountDownLatch ready = new CountDownLatch(1);
        Thread loader = new Thread(loaded::complete, "loader");
        loader.start();
        loaded.onComplete(ready::countDown);
        ready.await();
        loader.join();
        System.out.println("loaded");
    }
}
