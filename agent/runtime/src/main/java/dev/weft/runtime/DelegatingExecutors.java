package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The JDK's executors that pass the tasks they are given on to an executor the program made: the views of
 * {@code Executors.unconfigurableExecutorService}, {@code unconfigurableScheduledExecutorService} (and the wrapper
 * {@code newSingleThreadExecutor} returns), an {@code ExecutorCompletionService}, and the executor of
 * {@code CompletableFuture.delayedExecutor(.., executor)}. A task submitted to one runs on the executor behind it,
 * so its end is released into that executor too, whose {@code awaitTermination} the program may call instead. Their
 * fields are read through getters, which need {@code java.util.concurrent} open to weft's runtime, as the agent opens
 * it; without that, or on a JDK whose fields are named otherwise, no executor is behind any.
 */
final class DelegatingExecutors {

    private static final Delegation[] DELEGATIONS = {
        Delegation.of("java.util.concurrent.Executors$DelegatedExecutorService", "e", java.util.concurrent.ExecutorService.class),
        Delegation.of("java.util.concurrent.ExecutorCompletionService", "executor", java.util.concurrent.Executor.class),
        Delegation.of("java.util.concurrent.CompletableFuture$DelayedExecutor", "executor", java.util.concurrent.Executor.class),
    };

    /** A class that passes its tasks on, and the getter of the executor it passes them to; both {@code null} when unknown. */
    private record Delegation(Class<?> type, MethodHandle executor) {

        static Delegation of(String className, String field, Class<?> fieldType) {
            try {
                Class<?> type = Class.forName(className, false, null);
                MethodHandle getter = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findGetter(type, field, fieldType)
                        .asType(MethodType.methodType(Object.class, Object.class));
                return new Delegation(type, getter);
            } catch (ReflectiveOperationException | RuntimeException closed) {
                return new Delegation(null, null);
            }
        }
    }

    private DelegatingExecutors() { }

    /** The executor {@code executor} passes its tasks on to, or {@code null} when it is none of the JDK's that do. */
    static Object behind(Object executor) {
        for (Delegation delegation : DELEGATIONS) {
            if (delegation.type != null && delegation.type.isInstance(executor)) {
                try {
                    return (Object) delegation.executor.invokeExact(executor);
                } catch (Throwable unexpected) {
                    return null;
                }
            }
        }
        return null;
    }
}
