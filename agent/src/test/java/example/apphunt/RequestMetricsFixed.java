package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A web-ish server: handlers on a pool serve requests with a request-scoped context, hand their latencies
 * to an aggregator thread through a queue, and a health check reads the aggregate, a {@code volatile long}.
 */
// weft: expect none
public final class RequestMetricsFixed {

    record Request(int id, String path) { }

    static final class RequestContext {
        private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();
        final Request request;
        final long startedAt = System.nanoTime();

        RequestContext(Request request) {
            this.request = request;
        }

        static RequestContext current() {
            return CURRENT.get();
        }
    }

    static final class Metrics {
        private static final long STOP = -1;
        private final BlockingQueue<Long> latencies = new LinkedBlockingQueue<>();
        private volatile long totalNanos;
        private int samples;

        void record(long nanos) {
            latencies.add(nanos);
        }

        void aggregate() throws InterruptedException {
            for (long nanos = latencies.take(); nanos != STOP; nanos = latencies.take()) {
                samples++;
                totalNanos += nanos;
            }
        }

        long totalNanos() {
            return totalNanos;
        }
    }

    static String handle(Request request, Metrics metrics) {
        RequestContext.CURRENT.set(new RequestContext(request));
        try {
            String body = "<h1>" + RequestContext.current().request.path() + "</h1>";
            metrics.record(System.nanoTime() - RequestContext.current().startedAt);
            return body;
        } finally {
            RequestContext.CURRENT.remove();
        }
    }

    public static void main(String[] args) throws Exception {
        Metrics metrics = new Metrics();
        Thread aggregator = new Thread(() -> {
            try {
                metrics.aggregate();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "metrics-aggregator");
        aggregator.start();
        Thread health = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                System.out.println("health: " + (metrics.totalNanos() >= 0 ? "ok" : "broken"));
                Thread.onSpinWait();
            }
        }, "health-check");
        health.start();
        ExecutorService handlers = Executors.newFixedThreadPool(2, new NamedThreads("http"));
        List<Future<String>> responses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Request request = new Request(i, "/items/" + i);
            responses.add(handlers.submit(() -> handle(request, metrics)));
        }
        for (Future<String> response : responses) {
            response.get();
        }
        handlers.shutdown();
        metrics.record(Metrics.STOP);
        aggregator.join();
        health.join();
        System.out.println(metrics.samples + " samples, " + metrics.totalNanos() + " ns");
    }
}
