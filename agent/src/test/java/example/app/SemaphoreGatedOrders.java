package example.app;

import java.util.concurrent.Semaphore;

/**
 * Two threads take two monitors in opposite orders, each inside one common gate, a semaphore of one permit:
 * the lock-order graph (which knows monitors and locks, not semaphores) predicts a deadlock that can never
 * happen, since only one thread at a time is past the gate. With the argument {@code spin}, {@code main}
 * waits for them by spinning on a counter instead of joining them.
 */
public final class SemaphoreGatedOrders {
    static final Object a = new Object(), b = new Object();
    static final Semaphore gate = new Semaphore(1);
    static volatile int done;

    public static void main(String[] args) throws Exception {
        Thread first = new Thread(() -> gated(a, b), "gated-1");
        Thread second = new Thread(() -> gated(b, a), "gated-2");
        first.start(); second.start();
        if (args.length > 0 && args[0].equals("spin")) {
            while (done < 2) {
                Thread.onSpinWait();
            }
        } else {
            first.join(); second.join();
        }
        System.out.println("done");
    }

    private static void gated(Object outer, Object inner) {
        gate.acquireUninterruptibly();
        try {
            synchronized (outer) { synchronized (inner) { } }
        } finally {
            gate.release();
        }
        synchronized (SemaphoreGatedOrders.class) {
            done++;
        }
    }
}
