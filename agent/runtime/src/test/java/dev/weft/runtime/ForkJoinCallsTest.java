package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The calls {@link ForkJoinCalls} stands in for in a controlled run, made here without a scheduler (a
 * blocking call of the model returns at once): tasks run in the model's workers or in the joining thread,
 * never in a JDK pool's, with the results of the JDK's pools.
 */
class ForkJoinCallsTest {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final Set<Thread> RAN_IN = ConcurrentHashMap.newKeySet();

    /** A sum of {@code from..to-1}, its halves forked and joined through {@link ForkJoinCalls}, as rewritten calls are. */
    private static final class Sum extends RecursiveTask<Long> {
        private final int from;
        private final int to;

        Sum(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            RAN_IN.add(Thread.currentThread());
            if (to - from <= 2) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += i;
                }
                return sum;
            }
            Sum left = new Sum(from, (from + to) / 2);
            ForkJoinCalls.fork(left, 0);
            long right = new Sum((from + to) / 2, to).compute();
            ForkJoinCalls.helpOrWait(left, false, 0);
            return left.join() + right;
        }
    }

    @Test
    void forkedTasksRunInTheModelsWorkersOrTheJoinerWithTheJdksResult() {
        RAN_IN.clear();
        assertEquals(4950L, new Sum(0, 100).invoke());
        assertTrue(RAN_IN.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), RAN_IN.toString());
    }

    /** Adds {@code from..to-1} into {@code sum}, its halves forked through {@link ForkJoinCalls} as completers do. */
    private static final class Completer extends CountedCompleter<Void> {
        private final int from;
        private final int to;
        private final AtomicLong sum;

        Completer(CountedCompleter<?> parent, int from, int to, AtomicLong sum) {
            super(parent);
            this.from = from;
            this.to = to;
            this.sum = sum;
        }

        @Override
        public void compute() {
            RAN_IN.add(Thread.currentThread());
            int high = to;
            while (high - from > 2) {
                int middle = (from + high) >>> 1;
                addToPendingCount(1);
                ForkJoinCalls.fork(new Completer(this, middle, high, sum), 0);
                high = middle;
            }
            for (int i = from; i < high; i++) {
                sum.addAndGet(i);
            }
            tryComplete();
        }
    }

    @Test
    void aCountedCompletersSubtasksRunInTheModelAndItsInvokeReturnsOnceTheyHaveCompletedIt() {
        RAN_IN.clear();
        AtomicLong sum = new AtomicLong();
        Completer root = new Completer(null, 0, 100, sum);
        ForkJoinCalls.invoke(root, false, 0);
        assertTrue(root.isDone());
        assertEquals(4950L, sum.get());
        assertTrue(RAN_IN.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), RAN_IN.toString());
    }

    @Test
    void aPoolsInvokeQueuesTheTaskInThePoolsModel() throws Throwable {
        MethodType type = MethodType.methodType(Object.class, ForkJoinPool.class, ForkJoinTask.class);
        MethodHandle call = ForkJoinCalls.inModel(LOOKUP, "invoke", type,
                LOOKUP.findVirtual(ForkJoinPool.class, "invoke", type.dropParameterTypes(0, 1)), 0);
        ForkJoinPool pool = new ForkJoinPool(2);
        RAN_IN.clear();
        assertEquals(4950L, call.invoke(pool, new Sum(0, 100)));
        assertTrue(RAN_IN.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), RAN_IN.toString());
        pool.shutdown();
        BooleanSupplier terminated = ForkJoinCalls.terminated(pool);
        // a worker that ran a subtask may still be between the task's end and telling its model so
        for (long giveUp = System.nanoTime() + 5_000_000_000L; !terminated.getAsBoolean() && System.nanoTime() < giveUp; ) {
            Thread.onSpinWait();
        }
        assertTrue(terminated.getAsBoolean());
        assertNull(ForkJoinCalls.terminated(new ForkJoinPool(1)), "a pool the model never ran a task of");
    }

    @Test
    void invokeAllRunsTheFirstTaskHereAndThrowsItsFailureCancellingTheOthers() throws Throwable {
        MethodType type = MethodType.methodType(void.class, ForkJoinTask.class, ForkJoinTask.class);
        MethodHandle call = ForkJoinCalls.inModel(LOOKUP, "invokeAll", type,
                LOOKUP.findStatic(ForkJoinTask.class, "invokeAll", type), 0);
        Thread[] first = new Thread[1];
        RecursiveAction failing = new RecursiveAction() {
            @Override
            protected void compute() {
                first[0] = Thread.currentThread();
                throw new IllegalStateException("first");
            }
        };
        Sum second = new Sum(0, 10);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> call.invoke(failing, second));
        assertEquals("first", thrown.getMessage());
        assertSame(Thread.currentThread(), first[0]);
        assertTrue(second.isDone(), "cancelled, or run by a worker before");
    }

    @Test
    void callablesSubmittedToAForkJoinPoolRunInItsModelAndToOtherExecutorsInTheirOwnThreads() throws Throwable {
        MethodType type = MethodType.methodType(Future.class, ExecutorService.class, Callable.class);
        MethodHandle call = ForkJoinCalls.submissionInModel("submit", type,
                LOOKUP.findVirtual(ExecutorService.class, "submit", type.dropParameterTypes(0, 1)), 0);
        Callable<Thread> current = Thread::currentThread;
        ExecutorService stealing = Executors.newWorkStealingPool(2);
        Object ran = ((Future<?>) call.invoke(stealing, current)).get();
        assertFalse(ran instanceof ForkJoinWorkerThread, ran.toString());
        ExecutorService single = Executors.newSingleThreadExecutor();
        Object other = ((Future<?>) call.invoke(single, current)).get();
        assertTrue(((Thread) other).getName().startsWith("pool-"), other.toString());
        single.shutdown();
    }
}
