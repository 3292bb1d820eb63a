package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The calls {@link AsyncStages} links in a controlled run, made here without a scheduler. */
class AsyncStagesTest {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType SUPPLY = MethodType.methodType(CompletableFuture.class, Supplier.class);
    private static final MethodType APPLY = MethodType.methodType(CompletableFuture.class, CompletableFuture.class, Function.class);

    @Test
    void aTaskWithoutAnExecutorRunsInANewThreadAsTheJdkRunsItWhenItDoesNotUseTheCommonPool() throws Throwable {
        MethodHandle call = AsyncStages.inModel(LOOKUP, "supplyAsync", SUPPLY,
                LOOKUP.findStatic(CompletableFuture.class, "supplyAsync", SUPPLY), 1);
        Supplier<Thread> current = Thread::currentThread;
        Thread ran = (Thread) ((CompletableFuture<?>) call.invoke(current)).join();
        assertNotSame(Thread.currentThread(), ran);
        assertFalse(ran instanceof ForkJoinWorkerThread, ran.getName());
        assertEquals(ForkJoinPool.getCommonPoolParallelism() > 1, ran.isDaemon());
    }

    @Test
    void aTaskGivenTheCommonPoolRunsAsWithoutAnExecutor() throws Throwable {
        MethodType type = SUPPLY.appendParameterTypes(Executor.class);
        MethodHandle call = AsyncStages.inModel(LOOKUP, "supplyAsync", type,
                LOOKUP.findStatic(CompletableFuture.class, "supplyAsync", type), 1);
        Supplier<Thread> current = Thread::currentThread;
        Object ran = ((CompletableFuture<?>) call.invoke(current, ForkJoinPool.commonPool())).join();
        assertFalse(ran instanceof ForkJoinWorkerThread, ran.toString());
        Executor inline = Runnable::run;
        assertSame(Thread.currentThread(), ((CompletableFuture<?>) call.invoke(current, inline)).join());
    }

    @Test
    void aStageOfTheJdkRunsInANewThreadAndOneOfASubclassUsesItsOwnDefaultExecutor() throws Throwable {
        MethodHandle call = AsyncStages.inModel(LOOKUP, "thenApplyAsync", APPLY,
                LOOKUP.findVirtual(CompletableFuture.class, "thenApplyAsync", APPLY.dropParameterTypes(0, 1)), 1);
        Function<Object, Thread> current = x -> Thread.currentThread();
        Object jdk = ((CompletableFuture<?>) call.invoke(CompletableFuture.completedFuture(1), current)).join();
        assertNotSame(Thread.currentThread(), jdk);
        assertFalse(jdk instanceof ForkJoinWorkerThread, jdk.toString());
        Inline own = new Inline();
        own.complete(1);
        assertSame(Thread.currentThread(), ((CompletableFuture<?>) call.invoke(own, current)).join());
    }

    /** A future whose async stages run in the thread that makes them. */
    private static final class Inline extends CompletableFuture<Object> {
        @Override
        public Executor defaultExecutor() {
            return Runnable::run;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>();
        }
    }
}
