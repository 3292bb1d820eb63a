package dev.weft.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The executor that an async stage made without one ({@code thenApplyAsync(f)}, {@code completeAsync(s)}...) runs on
 * when its receiver is of a {@code CompletableFuture} subclass: the one the subclass's {@code defaultExecutor()}
 * returns. The JDK calls that method on the receiver inside the call, in the calling thread, before it hands the task
 * to what it returned; weft hooks the override's return ({@link Weft#defaultExecutorChosen}) rather than call the
 * program's method itself. The call's tasks end into a {@link Pending}, which then stands for that executor's sync
 * objects (and those of the executors behind it), so that the executor's {@code awaitTermination} orders them. A
 * subclass that does not override the method (or whose override weft did not see return) keeps the JDK's default, the
 * common pool when its parallelism is above 1.
 *
 * <p>Not a hot path: one thread-local set and cleared per async call without an executor on a subclass's stage.
 */
final class DefaultExecutors {

    private static final ThreadLocal<Pending> CURRENT = new ThreadLocal<>();

    /** Where the tasks of one async call on a subclass's stage end besides the stage: its default executor's sync objects. */
    static final class Pending {
        private final Object stage;
        /** Set by the calling thread before the JDK hands the task over, which orders it before the task's end. */
        private volatile Object[] syncs;

        private Pending(Object stage) {
            this.stage = stage;
            this.syncs = ForkJoinPool.getCommonPoolParallelism() > 1
                    ? new Object[] {Submission.syncOf(ForkJoinPool.commonPool())} : new Object[0];
        }

        /** The sync objects the tasks release into when they end. */
        Object[] syncs() {
            return syncs;
        }
    }

    private DefaultExecutors() { }

    /** Where the tasks of an async call without an executor on {@code stage}, of a subclass, end: set for this thread. */
    static Pending calling(Object stage) {
        Pending pending = new Pending(stage);
        CURRENT.set(pending);
        return pending;
    }

    /** After the call returned or threw: {@code outer}, what was pending before it (a call inside the executor's), again. */
    static void called(Pending outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** What is pending in this thread now, to pass to {@link #called} after a nested call. */
    static Pending current() {
        return CURRENT.get();
    }

    /** {@code stage}'s {@code defaultExecutor()} override returns {@code executor}: the pending call's tasks end into it. */
    static void chosen(Object stage, Object executor) {
        Pending pending = CURRENT.get();
        if (pending != null && pending.stage == stage && executor != null) {
            List<Object> syncs = new ArrayList<>(2);
            Submission.endsOn(executor, syncs);
            pending.syncs = syncs.toArray();
        }
    }
}
