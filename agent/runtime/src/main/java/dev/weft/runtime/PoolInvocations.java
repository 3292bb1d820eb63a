package dev.weft.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code invokeAll} and {@code invokeAny} (all forms) on a pool whose workers are threads of the model
 * ({@link ModelledPools#isModelled}, or a fork/join pool, whose tasks are queued in its model as its
 * {@code submit} would queue them: {@link ForkJoinCalls}), as {@code AbstractExecutorService} does them but with their waits the
 * model's: every task is submitted, then {@code invokeAll} waits until each is done (a timed one until the model
 * ends the wait, which cancels the tasks not done), {@code invokeAny} until one has succeeded or all have failed
 * (a timed one throws {@code TimeoutException} when the model ends the wait), and cancels the others. The JDK's
 * would wait inside its own code, out of the model's sight. A cancelled task's worker, which the cancel
 * interrupts, is first named to the model ({@link Cancellations}), which would not see the JVM's flag of a
 * thread waiting for its turn.
 */
final class PoolInvocations {

    private PoolInvocations() { }

    /** True when this call ({@code invokeAll}, {@code invokeAny}) is made here: on a modelled pool, with tasks. */
    static boolean modelled(String name, Object[] arguments) {
        return (name.equals("invokeAll") || name.equals("invokeAny")) && arguments.length >= 2
                && (ModelledPools.isModelled(arguments[0]) || Weft.schedules() && ForkJoinCalls.isModelledPool(arguments[0]))
                && arguments[1] instanceof Collection<?> tasks && !tasks.isEmpty();
    }

    /**
     * Makes the call: {@code arguments} are the pool, the tasks, and for a timed call the timeout and its unit.
     *
     * @return the futures ({@code invokeAll}) or the result of a task that succeeded ({@code invokeAny})
     */
    static Object invoke(String name, Object[] arguments, int site)
            throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService pool = (ExecutorService) arguments[0];
        boolean timed = arguments.length == 4;
        long nanos = timed ? ((TimeUnit) arguments[3]).toNanos((Long) arguments[2]) : 0;
        List<Callable<?>> tasks = new ArrayList<>();
        for (Object task : (Collection<?>) arguments[1]) {
            tasks.add((Callable<?>) Objects.requireNonNull(task)); // as the JDK's
        }
        List<Future<Object>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<?> task : tasks) {
                futures.add(submitted(pool, task, site));
            }
            return name.equals("invokeAll") ? all(futures, timed, nanos, site) : any(pool, futures, timed, nanos, site);
        } finally {
            cancel(futures, site); // those not done: after invokeAny, or when the call throws
        }
    }

    @SuppressWarnings("unchecked")
    private static Future<Object> submitted(ExecutorService pool, Callable<?> task, int site) {
        return (Future<Object>) (pool instanceof ForkJoinPool forkJoin ? ForkJoinCalls.submitted(forkJoin, task, site)
                : pool.submit(task));
    }

    /** Until every task is done, or the model ends a timed wait: the rest are cancelled. */
    private static List<Future<Object>> all(List<Future<Object>> futures, boolean timed, long nanos, int site)
            throws InterruptedException {
        long deadline = System.nanoTime() + nanos; // only a run the model no longer controls waits by the clock
        for (Future<Object> future : futures) {
            try {
                if (timed) {
                    BlockingCalls.get(future, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS, site);
                } else {
                    BlockingCalls.get(future, site);
                }
            } catch (CancellationException | ExecutionException e) {
                // the future says so
            } catch (TimeoutException e) {
                cancel(futures, site);
                break;
            }
        }
        return futures;
    }

    /**
     * Until a task has succeeded (its result) or all have failed (the last failure), in the model; when the model
     * no longer controls the run, by the clock.
     */
    private static Object any(ExecutorService pool, List<Future<Object>> futures, boolean timed, long nanos, int site)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            boolean timedOut = Weft.blockingCall(pool, () -> finished(futures), timed, site);
            ExecutionException failure = null;
            for (Future<Object> future : futures) {
                if (future.isDone() && !future.isCancelled()) {
                    try {
                        return future.get();
                    } catch (ExecutionException e) {
                        failure = e;
                    }
                }
            }
            if (futures.stream().allMatch(Future::isDone)) {
                throw failure != null ? failure : new ExecutionException(new CancellationException());
            }
            if (timedOut || timed && deadline - System.nanoTime() <= 0) {
                throw new TimeoutException();
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.sleep(1);
        }
    }

    /** Whether a task has succeeded or all are done. */
    private static boolean finished(List<Future<Object>> futures) {
        boolean all = true;
        for (Future<Object> future : futures) {
            if (!future.isDone()) {
                all = false;
            } else if (!future.isCancelled()) {
                try {
                    future.get();
                    return true;
                } catch (ExecutionException | InterruptedException e) {
                    // failed: look on
                }
            }
        }
        return all;
    }

    private static void cancel(List<Future<Object>> futures, int site) {
        for (Future<Object> future : futures) {
            Cancellations.cancel(future, true, site);
        }
    }
}
