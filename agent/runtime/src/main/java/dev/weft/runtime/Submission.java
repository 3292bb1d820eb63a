package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * One call site that hands tasks to other threads ({@code execute}, {@code submit}, {@code invokeAll},
 * {@code schedule}, {@code supplyAsync}, {@code thenApply}...), with its tasks wrapped as
 * {@link HandedOffTask}s.
 *
 * <p>The submission's sync object is that of the receiver (an executor, a stage), or a new
 * {@link SyncObjects.Token} for a static call. The submitter releases it before the call and acquires it
 * after; each task acquires it, and the sync objects of the stages it also waits for, when it begins;
 * each task releases it, the sync object of an executor it runs on, and the task itself when it is a
 * future, when it ends. A future or stage the call returns shares the submission's sync object, so its
 * {@code get}/{@code join} acquires what the task released.
 *
 * <p>Submissions are not a hot path: arguments are passed as an array.
 */
final class Submission {

    private final MethodHandle target; // (Object[])Object
    private final Class<?>[] parameters;
    private final boolean onReceiver;
    private final boolean taskCollections;
    private final boolean sharesResult;
    private final int site;

    /**
     * @param target          the original method, taking its arguments (the receiver first) as an array
     * @param parameters      the call's parameter types, the receiver's first when there is one
     * @param onReceiver      whether the call has a receiver
     * @param name            the called method's name
     */
    Submission(MethodHandle target, Class<?>[] parameters, boolean onReceiver, String name, int site) {
        this.target = target;
        this.parameters = parameters;
        this.onReceiver = onReceiver;
        this.taskCollections = name.equals("invokeAll") || name.equals("invokeAny");
        this.sharesResult = !name.equals("invokeAny"); // which returns a task's own result
        this.site = site;
    }

    Object invoke(Object[] arguments) throws Throwable {
        Object receiver = onReceiver ? arguments[0] : null;
        Object sync = receiver == null ? new SyncObjects.Token() : syncOf(receiver);
        List<Object> starts = new ArrayList<>(2);
        starts.add(sync);
        List<Object> ends = new ArrayList<>(2);
        ends.add(sync);
        int first = onReceiver ? 1 : 0;
        for (int i = first; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof CompletionStage) {
                starts.add(SyncObjects.rootOf(argument));
            } else if (argument instanceof CompletionStage[] stages) {
                for (CompletionStage<?> stage : stages) {
                    SyncObjects.link(sync, SyncObjects.rootOf(stage)); // allOf, anyOf
                }
            } else if (argument instanceof Executor) {
                ends.add(syncOf(argument));
            }
        }
        Object[] startSyncs = starts.toArray();
        for (int i = first; i < arguments.length; i++) {
            arguments[i] = wrapped(parameters[i], arguments[i], startSyncs, ends);
        }
        Weft.releasing(sync, site);
        Object result = null;
        try {
            result = target.invokeExact(arguments);
            return result;
        } finally {
            SyncObjects.acquire(sync, site);
            if (sharesResult) {
                share(result, receiver, sync);
            }
        }
    }

    private Object wrapped(Class<?> type, Object argument, Object[] starts, List<Object> ends) {
        if (HandedOffTask.isTaskType(type)) {
            return HandedOffTask.wrap(type, argument, starts, endsOf(argument, ends), site);
        }
        if (taskCollections && type == Collection.class && argument != null) {
            List<Object> tasks = new ArrayList<>();
            for (Object task : (Collection<?>) argument) {
                tasks.add(HandedOffTask.wrap(Callable.class, task, starts, endsOf(task, ends), site));
            }
            return tasks;
        }
        return argument;
    }

    /** A task that is itself a future ({@code execute(futureTask)}) is also released into, for its {@code get}. */
    private static Object[] endsOf(Object task, List<Object> ends) {
        if (!(task instanceof Future)) {
            return ends.toArray();
        }
        Object[] all = ends.toArray(new Object[ends.size() + 1]);
        all[ends.size()] = SyncObjects.rootOf(task);
        return all;
    }

    private static void share(Object result, Object receiver, Object sync) {
        if (result == receiver) {
            return;
        }
        if (result instanceof Future || result instanceof CompletionStage) {
            SyncObjects.share(result, sync);
        } else if (result instanceof List<?> futures) { // invokeAll
            for (Object future : futures) {
                SyncObjects.share(future, sync);
            }
        }
    }

    /** A receiver that synchronizes uses its sync object; any other (an application's executor) itself. */
    private static Object syncOf(Object object) {
        Object sync = SyncObjects.of(object);
        return sync == null ? object : sync;
    }
}
