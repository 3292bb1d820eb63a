package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The twin of {@link PromiseListenerLost}: the check and the registration, and the completion and the copy of the
 * listeners, each happen under the promise's monitor, so a listener is either run at once or kept before the promise
 * runs its listeners.
 */
// weft: expect none
public final class PromiseListenerLocked {

    static final class Promise {
        private final List<Runnable> listeners = new ArrayList<>();
        private boolean complete;

        void onComplete(Runnable listener) {
            boolean runNow;
            synchronized (this) {
                runNow = complete;
                if (!runNow) {
                    listeners.add(listener);
                }
            }
            if (runNow) {
                listener.run();
            }
        }

        void complete() {
            List<Runnable> toRun;
            synchronized (this) {
                complete = true;
                toRun = List.copyOf(listeners);
            }
            toRun.forEach(Runnable::run);
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
