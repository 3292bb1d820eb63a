package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * The program's own tasks where a pool's queue holds weft's wrappers of them ({@link HandedOffTask}, given to
 * {@code execute}): {@code pool.remove(task)} removes the wrapper of {@code task}, and the list
 * {@code shutdownNow()} returns holds the program's tasks, as they would without weft. The calls are linked
 * with these adapters by {@link HandOffCalls#call}; not a hot path.
 */
final class QueuedTasks {

    private static final MethodHandle QUEUED;
    private static final MethodHandle UNWRAPPED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            QUEUED = lookup.findStatic(QueuedTasks.class, "queued",
                    MethodType.methodType(Runnable.class, ThreadPoolExecutor.class, Runnable.class));
            UNWRAPPED = lookup.findStatic(QueuedTasks.class, "unwrapped", MethodType.methodType(List.class, List.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Whether a pool class's {@code getQueue()} is the JDK's getter, which weft may call without running the program's code. */
    private static final ClassValue<Boolean> JDK_GET_QUEUE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("getQueue").getDeclaringClass() == ThreadPoolExecutor.class;
            } catch (NoSuchMethodException | SecurityException e) {
                return false;
            }
        }
    };

    private QueuedTasks() { }

    /**
     * {@code call} ({@code (pool, task)boolean} of {@code ThreadPoolExecutor.remove}, {@code (pool)List} of
     * {@code shutdownNow}) with the program's tasks seen as the pool's queue holds them; else {@code call} itself.
     */
    static MethodHandle adapted(String name, MethodType type, MethodHandle call) {
        Class<?> receiver = type.parameterType(0);
        if (name.equals("remove") && type.parameterCount() == 2 && type.parameterType(1) == Runnable.class
                && type.returnType() == boolean.class && ThreadPoolExecutor.class.isAssignableFrom(receiver)) {
            MethodHandle byQueued = MethodHandles.permuteArguments(call,
                    MethodType.methodType(boolean.class, Runnable.class, receiver, Runnable.class), 1, 0);
            return MethodHandles.foldArguments(byQueued, QUEUED.asType(MethodType.methodType(Runnable.class, receiver, Runnable.class)));
        }
        if (name.equals("shutdownNow") && type.parameterCount() == 1 && type.returnType() == List.class
                && ExecutorService.class.isAssignableFrom(receiver)) {
            return MethodHandles.filterReturnValue(call, UNWRAPPED);
        }
        return call;
    }

    /** The wrapper of {@code task} in {@code pool}'s queue, if it holds one; else {@code task}. */
    private static Runnable queued(ThreadPoolExecutor pool, Runnable task) {
        try {
            if (task == null || task instanceof HandedOffTask || !JDK_GET_QUEUE.get(pool.getClass())
                    || pool.getQueue().getClass().getClassLoader() != null) {
                return task; // a queue of the program's: copying it would run its code
            }
            for (Object queued : pool.getQueue().toArray()) { // a copy: an iterator of an ArrayBlockingQueue registers with it
                if (queued instanceof HandedOffTask wrapper && wrapper.task == task) {
                    return (Runnable) queued;
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // the call then looks for the program's task, as the JDK's would
        }
        return task;
    }

    /**
     * {@code tasks}, the list {@code shutdownNow()} made, with each of weft's wrappers replaced by the program's task.
     * The calling thread took them from the queue, under its lock: it acquires what their submitters released, so
     * that a task it hands to another pool ({@code other.execute(task)}, wrapped again) still runs after them.
     */
    private static List<?> unwrapped(List<?> tasks) {
        if (tasks != null && tasks.getClass() == ArrayList.class) {
            @SuppressWarnings("unchecked")
            ListIterator<Object> i = (ListIterator<Object>) tasks.listIterator();
            while (i.hasNext()) {
                if (i.next() instanceof HandedOffTask wrapper) {
                    wrapper.began();
                    i.set(wrapper.task);
                }
            }
        }
        return tasks;
    }
}
