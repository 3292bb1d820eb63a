package dev.weft.runtime;

import java.lang.reflect.Field;
import java.util.concurrent.Future;

/**
 * {@code future.cancel(true)} made by application code in a controlled run. The JDK's cancel interrupts the
 * thread that runs the task (a {@code FutureTask}'s, a scheduled pool's, a fork/join pool's interruptible
 * adapted callable's); the model learns that first, as it does at {@code thread.interrupt()}
 * ({@link Weft#interrupting}, then {@link Weft#releasing} of the thread: its park permit), so that a runner
 * waiting in a call of the model wakes as interrupted, at a step the model chose. The JVM's own flag would not
 * do: a thread waiting for its turn in the model does not keep it.
 *
 * <p>The runner is the task's own {@code runner} field (the JDK opens {@code java.util.concurrent} to weft's
 * runtime); a future without one ({@code CompletableFuture}, a {@code RecursiveTask}) interrupts nobody.
 */
final class Cancellations {

    /** The {@code Thread runner} field of each future class, or {@code null}. */
    private static final ClassValue<Field> RUNNER = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c.getName().startsWith("java.util.concurrent."); c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField("runner");
                    if (field.getType() == Thread.class) {
                        field.setAccessible(true);
                        return field;
                    }
                } catch (NoSuchFieldException | RuntimeException e) {
                    // not here, or not open to weft: look in the superclass
                }
            }
            return null;
        }
    };

    private Cancellations() { }

    /**
     * Makes the cancel; when it may interrupt, the thread running the task is named to the model first.
     *
     * @return what {@code cancel} returned
     */
    static boolean cancel(Future<?> future, boolean mayInterruptIfRunning, int site) {
        if (mayInterruptIfRunning && !future.isDone()) {
            Thread runner = runnerOf(ModelledScheduledThreadPoolExecutor.jdkTask(future));
            if (runner != null) {
                Weft.interrupting(runner, site);
                Weft.releasing(runner, site);
            }
        }
        return future.cancel(mayInterruptIfRunning);
    }

    /** The thread that runs {@code task} now, or {@code null}. */
    private static Thread runnerOf(Object task) {
        Field field = RUNNER.get(task.getClass());
        try {
            return field == null ? null : (Thread) field.get(task);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
