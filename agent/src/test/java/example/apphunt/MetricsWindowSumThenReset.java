package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * A metrics library counts requests in a {@code LongAdder} and the slowest request in a {@code LongAccumulator}; a
 * scheduled flusher closes a window every few milliseconds with {@code sumThenReset} and {@code getThenReset} and
 * appends the window to its history (a plain list only the flusher touches); the service stops the flusher
 * ({@code cancel}, {@code shutdown}, {@code awaitTermination}), flushes the last window itself and reads the history.
 */
// weft: expect none
public final class MetricsWindowSumThenReset {

    static final class Window {
        final long requests;
        final long slowestMicros;

        Window(long requests, long slowestMicros) {
            this.requests = requests;
            this.slowestMicros = slowestMicros;
        }
    }

    static final class Metrics {
        final LongAdder requests = new LongAdder();
        final LongAccumulator slowest = new LongAccumulator(Math::max, 0);
        final List<Window> history = new ArrayList<>();
        int flushes;

        void flush() {
            history.add(new Window(requests.sumThenReset(), slowest.getThenReset()));
            flushes++;
        }
    }

    public static void main(String[] args) throws Exception {
        Metrics metrics = new Metrics();
        ScheduledExecutorService flusher = new ScheduledThreadPoolExecutor(1, new NamedThreads("flusher"));
        ScheduledFuture<?> flushing = flusher.scheduleAtFixedRate(metrics::flush, 2, 2, TimeUnit.MILLISECONDS);
        Thread[] handlers = new Thread[3];
        for (int t = 0; t < handlers.length; t++) {
            int handler = t;
            handlers[t] = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    metrics.requests.increment();
                    metrics.slowest.accumulate((i * 31L + handler) % 997);
                }
            }, "handler-" + t);
            handlers[t].start();
        }
        for (Thread handler : handlers) {
            handler.join();
        }
        flushing.cancel(false);
        flusher.shutdown();
        flusher.awaitTermination(10, TimeUnit.SECONDS);
        metrics.flush();
        long total = 0;
        long slowest = 0;
        for (Window window : metrics.history) {
            total += window.requests;
            slowest = Math.max(slowest, window.slowestMicros);
        }
        System.out.println(metrics.flushes + " windows, " + total + " requests, slowest " + slowest);
    }
}
