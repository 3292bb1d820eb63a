package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Pollers stopped by the JDK's own interrupts: one task by {@code cancel(true)} of its future, the others by
 * {@code shutdownNow()}; each reads, in its {@code InterruptedException} handler, the note its stopper wrote
 * before stopping it, and records what it saw for the stopper to read after {@code awaitTermination}.
 */
// weft: expect none
public final class PollerShutdownFixed {
    static final class Control { String reason = "none"; String cancelNote = "none"; }

    /** Closes the poller's connections: this takes a while. */
    static void flushPending() {
        long until = System.nanoTime() + 50_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    public static void main(String[] args) throws Exception {
        Control control = new Control();
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreads("poller"));
        CountDownLatch started = new CountDownLatch(2);
        String[] seen = new String[2];
        Future<?> cancelled = pool.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                seen[0] = "cancelled: " + control.cancelNote;
            }
        });
        pool.execute(() -> {
            started.countDown();
            try {
                while (true) {
                    Thread.sleep(60_000);
                }
            } catch (InterruptedException e) {
                flushPending();
                seen[1] = "stopped: " + control.reason;
            }
        });
        started.await();
        control.cancelNote = "user pressed stop";
        cancelled.cancel(true);
        control.reason = "maintenance window";
        pool.shutdownNow();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        System.out.println(seen[0] + " / " + seen[1]);
    }
}
