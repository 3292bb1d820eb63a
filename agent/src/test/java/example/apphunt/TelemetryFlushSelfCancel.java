package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A telemetry agent flushes its buffer at a fixed rate on a two-thread scheduler: each run carries plain state over
 * from the run before (the runs of one periodic task do not overlap, whichever thread runs them), and the run that
 * flushes the last batch cancels its own future through an {@code AtomicReference} holder. The agent's {@code get()}
 * then throws {@code CancellationException} (perhaps while that last run is still writing), so it shuts the scheduler
 * down and awaits it before it reads the flush log.
 */
// weft: expect none
public final class TelemetryFlushSelfCancel {

    static final class Flusher implements Runnable {
        final AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        final List<String> flushed = new ArrayList<>();
        int runs;
        long bytes;
        String lastThread;

        @Override
        public void run() {
            runs++;
            bytes += 128L * runs;
            lastThread = Thread.currentThread().getName();
            flushed.add("batch " + runs + " (" + bytes + " bytes) by " + lastThread);
            if (runs == 8) {
                ScheduledFuture<?> me = self.get();
                while (me == null) { // the scheduler may run the first time before the holder is set
                    Thread.onSpinWait();
                    me = self.get();
                }
                me.cancel(false);
                flushed.add("done after " + runs + " runs");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, new NamedThreads("telemetry"));
        Flusher flusher = new Flusher();
        flusher.self.set(scheduler.scheduleAtFixedRate(flusher, 0, 2, TimeUnit.MILLISECONDS));
        try {
            flusher.self.get().get(10, TimeUnit.SECONDS);
        } catch (CancellationException expected) {
            // the flusher cancelled itself
        }
        scheduler.shutdown();
        if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("still flushing");
        }
        System.out.println(flusher.runs + " runs, " + flusher.bytes + " bytes, " + flusher.flushed.size() + " log lines, last on "
                + flusher.lastThread);
    }
}
