package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.util.Collection;
import java.util.TimerTask;
import java.util.concurrent.ForkJoinTask;

/**
 * One call site that passes tasks the JDK runs in other threads ({@code ForkJoinPool.invoke/submit/execute},
 * {@code ForkJoinTask.invokeAll}, {@code Timer.schedule}): the caller releases each task's sync object
 * before the call, which the task's body acquires when it begins ({@link Weft#taskBegan}); a call that waits
 * for its tasks ({@code invoke}, {@code invokeAll}) acquires what their bodies released when they ended.
 * A task is a {@code ForkJoinTask} or a {@code TimerTask}, passed alone, in an array or in a collection.
 */
final class PassedTasks {

    private final MethodHandle target; // (Object[])Object
    private final boolean waits;
    private final int site;

    PassedTasks(MethodHandle target, boolean waits, int site) {
        this.target = target;
        this.waits = waits;
        this.site = site;
    }

    Object invoke(Object[] arguments) throws Throwable {
        for (Object argument : arguments) {
            forEachTask(argument, true);
        }
        try {
            return target.invokeExact(arguments);
        } finally {
            if (waits) {
                for (Object argument : arguments) {
                    forEachTask(argument, false);
                }
            }
        }
    }

    private void forEachTask(Object argument, boolean release) {
        if (argument instanceof ForkJoinTask || argument instanceof TimerTask) {
            Object sync = SyncObjects.taskSync(argument);
            if (release) {
                Weft.releasing(sync, site);
            } else {
                SyncObjects.acquire(sync, site);
            }
        } else if (argument instanceof ForkJoinTask<?>[] tasks) {
            for (Object task : tasks) {
                forEachTask(task, release);
            }
        } else if (argument instanceof Collection<?> tasks) {
            for (Object task : tasks) {
                if (task instanceof ForkJoinTask) {
                    forEachTask(task, release);
                }
            }
        }
    }
}
