package example.apphunt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pottery kiln controller waits for the kiln to reach each target temperature with
 * {@code Condition.awaitNanos} in a loop (logging when it times out); the heater thread raises the temperature
 * under the lock and signals.
 */
// weft: expect none
public final class KilnConditionAwaitNanos {

    static final class Kiln {
        final ReentrantLock lock = new ReentrantLock();
        final Condition warmer = lock.newCondition();
        int celsius = 20;
        String phase = "cold";
    }

    public static void main(String[] args) throws InterruptedException {
        Kiln kiln = new Kiln();
        Thread heater = new Thread(() -> {
            for (int step = 0; step < 60; step++) {
                kiln.lock.lock();
                try {
                    kiln.celsius += 20;
                    kiln.phase = kiln.celsius > 900 ? "glaze" : "bisque";
                    kiln.warmer.signalAll();
                } finally {
                    kiln.lock.unlock();
                }
                Thread.yield();
            }
        }, "heater");
        heater.start();
        int timeouts = 0;
        for (int target = 200; target <= 1200; target += 250) {
            kiln.lock.lock();
            try {
                long nanos = TimeUnit.MILLISECONDS.toNanos(2);
                while (kiln.celsius < target) {
                    if (nanos <= 0) {
                        timeouts++;
                        nanos = TimeUnit.MILLISECONDS.toNanos(2);
                    }
                    nanos = kiln.warmer.awaitNanos(nanos);
                }
                System.out.println("reached " + target + " in phase " + kiln.phase);
            } finally {
                kiln.lock.unlock();
            }
        }
        heater.join();
        System.out.println("final " + kiln.celsius + ", " + (timeouts >= 0 ? "done" : ""));
    }
}
