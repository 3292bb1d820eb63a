package dev.weft.runtime;

import java.util.concurrent.ThreadPoolExecutor;

/**
 * The task a pool may be rejecting in this thread: set for the time of a {@code ThreadPoolExecutor.execute(task)}
 * call in application code, which hands the pool weft's wrapper of the task. The pool's
 * {@code RejectedExecutionHandler} runs inside that call, in this thread, and sees the program's own task
 * ({@link Weft#executedTask}); when it puts that task back into the pool's queue, the queue gets the wrapper
 * instead, so that the worker that runs it still acquires what the submitter released.
 *
 * <p>Not a hot path: one thread-local set and cleared per {@code execute} on a {@code ThreadPoolExecutor}.
 */
final class RejectedTasks {

    private static final ThreadLocal<Rejectable> CURRENT = new ThreadLocal<>();

    private record Rejectable(ThreadPoolExecutor pool, HandedOffTask wrapper) {
    }

    private RejectedTasks() {
    }

    /**
     * Before {@code pool.execute(task)}: {@code task} is what the pool may reject in this thread.
     *
     * @return what was rejectable before (an {@code execute} inside a handler's {@code execute}), for {@link #executed}
     */
    static Object executing(ThreadPoolExecutor pool, Object task) {
        Object outer = CURRENT.get();
        if (task instanceof HandedOffTask wrapper) {
            CURRENT.set(new Rejectable(pool, wrapper));
        }
        return outer;
    }

    /** After {@code execute} returned or threw: {@code outer}, {@link #executing}'s answer, is rejectable again. */
    static void executed(Object outer) {
        if (outer instanceof Rejectable rejectable) {
            CURRENT.set(rejectable);
        } else {
            CURRENT.remove();
        }
    }

    /**
     * What a handler's {@code queue.offer(task)} (or {@code put}, {@code add}...) passes: the wrapper of the task
     * being rejected when {@code task} is its program's own task and {@code queue} the rejecting pool's queue,
     * else {@code task}.
     */
    static Object requeued(Object queue, Object task) {
        Rejectable rejectable = CURRENT.get();
        return rejectable != null && rejectable.wrapper.task == task && task != null
                && queue == rejectable.pool.getQueue() ? rejectable.wrapper : task;
    }
}
