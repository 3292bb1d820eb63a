package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A tracing library decorates the application's pool with an {@code AbstractExecutorService} subclass that wraps each
 * task to carry the submitter's trace id into the worker, and passes {@code shutdown} and {@code awaitTermination} on
 * to the pool. The application submits through the decorator: some results it reads through {@code Future.get()},
 * the others' records after the decorator's {@code awaitTermination}.
 */
// weft: expect none
public final class TracingExecutorDecorator {

    static final ThreadLocal<String> TRACE = new ThreadLocal<>();

    static final class Tracing extends AbstractExecutorService {
        private final ExecutorService pool;

        Tracing(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public void execute(Runnable task) {
            String trace = TRACE.get();
            pool.execute(() -> {
                TRACE.set(trace);
                try {
                    task.run();
                } finally {
                    TRACE.remove();
                }
            });
        }

        @Override
        public void shutdown() {
            pool.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return pool.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return pool.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return pool.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return pool.awaitTermination(timeout, unit);
        }
    }

    static final class Span {
        final String name;
        String trace;
        long micros;

        Span(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws Exception {
        Tracing tracing = new Tracing(Executors.newFixedThreadPool(2, new NamedThreads("traced")));
        List<Span> spans = new ArrayList<>();
        List<Future<Span>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TRACE.set("trace-" + i);
            Span span = new Span("request-" + i);
            spans.add(span);
            int n = i;
            if (i % 2 == 0) {
                answers.add(tracing.submit(() -> {
                    span.trace = TRACE.get();
                    span.micros = 10L * n;
                    return span;
                }));
            } else {
                tracing.execute(() -> {
                    span.trace = TRACE.get();
                    span.micros = 20L * n;
                });
            }
        }
        TRACE.remove();
        long answered = 0;
        for (Future<Span> answer : answers) {
            Span span = answer.get();
            answered += span.micros + span.trace.length();
        }
        tracing.shutdown();
        tracing.awaitTermination(10, TimeUnit.SECONDS);
        long total = 0;
        for (Span span : spans) {
            total += span.micros + span.trace.length();
        }
        System.out.println(answered + " answered, " + total + " in all");
    }
}
