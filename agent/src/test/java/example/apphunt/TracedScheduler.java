package example.apphunt;

import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pools that decorate their tasks, with workers started ahead: a scheduler's {@code decorateTask} wraps each
 * task in a {@code Traced} future that carries a trace id, numbered with no lock although two client threads
 * schedule at once; a pool's
 * {@code newTaskFor} makes a labelled {@code FutureTask}. The pools call them inside {@code schedule} and
 * {@code submit}; their workers run what they returned, and the callers read the tasks' results.
 */
// weft: expect race example.apphunt.TracedScheduler$TracingScheduler.next threads=client-1,client-2
public final class TracedScheduler {
    static final class Report { int rows; }

    static final class Traced<V> implements RunnableScheduledFuture<V> {
        final RunnableScheduledFuture<V> task;
        String traceId;

        Traced(RunnableScheduledFuture<V> task, String traceId) {
            this.task = task;
            this.traceId = traceId;
        }

        @Override public void run() { if (!traceId.isEmpty()) task.run(); }
        @Override public boolean isPeriodic() { return task.isPeriodic(); }
        @Override public long getDelay(TimeUnit unit) { return task.getDelay(unit); }
        @Override public int compareTo(Delayed other) { return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS)); }
        @Override public boolean cancel(boolean interrupt) { return task.cancel(interrupt); }
        @Override public boolean isCancelled() { return task.isCancelled(); }
        @Override public boolean isDone() { return task.isDone(); }
        @Override public V get() throws InterruptedException, ExecutionException { return task.get(); }
        @Override public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return task.get(timeout, unit);
        }
    }

    static final class TracingScheduler extends ScheduledThreadPoolExecutor {
        private int next;

        TracingScheduler() {
            super(2, new NamedThreads("traced"));
        }

        @Override
        protected <V> RunnableScheduledFuture<V> decorateTask(Callable<V> callable, RunnableScheduledFuture<V> task) {
            return new Traced<>(task, "trace-" + ++next); // weft: race
        }
    }

    static final class LabelledFuture<V> extends FutureTask<V> {
        String label;

        LabelledFuture(Callable<V> callable) {
            super(callable);
        }

        @Override
        public void run() {
            if (label != null) {
                super.run();
            }
        }
    }

    static final class LabellingPool extends ThreadPoolExecutor {
        LabellingPool() {
            super(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new NamedThreads("labelled"));
        }

        @Override
        protected <V> RunnableFuture<V> newTaskFor(Callable<V> callable) {
            LabelledFuture<V> future = new LabelledFuture<>(callable);
            future.label = "job";
            return future;
        }
    }

    /** Schedules reports from one client thread, and reads their row counts. */
    static Thread client(TracingScheduler scheduler, String name) {
        return new Thread(() -> {
            int rows = 0;
            for (int i = 0; i < 5; i++) {
                Report report = new Report();
                Future<Report> done = scheduler.schedule(() -> { report.rows = 10; return report; }, 1, TimeUnit.MILLISECONDS);
                try {
                    rows += done.get().rows + report.rows;
                } catch (InterruptedException | ExecutionException e) {
                    return;
                }
            }
            System.out.println(name + ": " + rows + " rows");
        }, name);
    }

    public static void main(String[] args) throws Exception {
        TracingScheduler scheduler = new TracingScheduler();
        scheduler.prestartAllCoreThreads();
        Thread[] clients = {client(scheduler, "client-1"), client(scheduler, "client-2")};
        for (Thread client : clients) {
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        scheduler.shutdown();
        LabellingPool pool = new LabellingPool();
        pool.prestartAllCoreThreads();
        Report report = new Report();
        Future<Integer> counted = pool.submit(() -> report.rows = 42);
        System.out.println(counted.get() + " = " + report.rows);
        pool.shutdown();
    }
}
