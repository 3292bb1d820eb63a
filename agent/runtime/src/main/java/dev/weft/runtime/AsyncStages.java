package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The async stages of a {@code CompletableFuture} made without an executor ({@code supplyAsync(s)},
 * {@code runAsync(r)}, {@code thenApplyAsync(f)}, {@code completeAsync(s)}...) in a controlled run: the call
 * is made with the executor-taking overload and an executor of weft's, which runs each task in a new thread
 * that joins the scheduling model when it is made (in creation order, so the run stays replayable). That is
 * what the JDK's {@code CompletableFuture} does itself when the common pool's parallelism is below 2 (its
 * {@code ThreadPerTaskExecutor}); with a larger common pool the thread is a daemon named as a common pool
 * worker, as the worker that would have run the task is. A task never waits for a free worker, as none does
 * in the common pool, which makes up for workers blocked in a {@code join}. The thread's first step is a point
 * before the task: what the task does in the JDK's code (completing its stage, running the stages that depend on
 * it), which has no point, must not run beside the thread that made it, still attaching stages (the run would
 * not be replayable).
 *
 * <p>An async stage given the common pool as its executor runs the same way (as it does in the JDK, which
 * uses its {@code ThreadPerTaskExecutor} then too when the common pool's parallelism is below 2); one given
 * another fork/join pool runs in that pool's model ({@link ForkJoinCalls}), as the JDK hands it to the pool. Only stages
 * made without an executor of the JDK's own classes are redirected: a subclass of {@code CompletableFuture} may
 * choose its own {@code defaultExecutor()} or override the async methods, and keeps its calls.
 */
final class AsyncStages implements Executor {

    /** Whether {@code CompletableFuture} runs async tasks in the common pool (its own {@code USE_COMMON_POOL}). */
    private static final boolean COMMON_POOL = ForkJoinPool.getCommonPoolParallelism() > 1;
    private static final Class<?> MINIMAL_STAGE = new CompletableFuture<>().minimalCompletionStage().getClass();
    private static final MethodHandle IS_JDK_STAGE;
    private static final MethodHandle INSTEAD_OF_COMMON_POOL;

    static {
        try {
            IS_JDK_STAGE = MethodHandles.lookup().findStatic(AsyncStages.class, "isJdkStage",
                    MethodType.methodType(boolean.class, Object.class));
            INSTEAD_OF_COMMON_POOL = MethodHandles.lookup().findStatic(AsyncStages.class, "insteadOfCommonPool",
                    MethodType.methodType(Executor.class, AsyncStages.class, Executor.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int site;

    private AsyncStages(int site) {
        this.site = site;
    }

    /**
     * The call that stands in for {@code target} in a controlled run: when it is an async stage made without
     * an executor, the same method with weft's executor (for a call on a receiver, only when the receiver is
     * of the JDK's own classes); when it is one given the common pool ({@code supplyAsync(s, commonPool())}),
     * weft's executor instead; otherwise {@code target} itself.
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type, the receiver first when there is one
     * @param target the original method
     * @param site   the call's site
     * @return a handle of {@code type}
     */
    static MethodHandle inModel(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target, int site) {
        MethodHandle call = target.asFixedArity().asType(type);
        if (!name.endsWith("Async")) {
            return call;
        }
        int last = type.parameterCount() - 1;
        if (last >= 0 && type.parameterType(last) == Executor.class) { // the common pool, given: as without an executor
            MethodHandle instead = MethodHandles.insertArguments(INSTEAD_OF_COMMON_POOL, 0, new AsyncStages(site));
            return MethodHandles.filterArguments(call, last, instead);
        }
        if (type.parameterList().contains(Executor.class)) {
            return call;
        }
        try {
            MethodHandleInfo method = caller.revealDirect(target);
            MethodType withExecutor = type.appendParameterTypes(Executor.class);
            Executor executor = new AsyncStages(site);
            if (Modifier.isStatic(method.getModifiers())) { // supplyAsync, runAsync
                if (method.getDeclaringClass() != CompletableFuture.class) {
                    return call;
                }
                MethodHandle overload = caller.findStatic(CompletableFuture.class, name, withExecutor);
                return MethodHandles.insertArguments(overload, type.parameterCount(), executor);
            }
            Class<?> receiver = type.parameterType(0);
            if (!CompletionStage.class.isAssignableFrom(receiver)) {
                return call;
            }
            MethodHandle overload = caller.findVirtual(receiver, name, withExecutor.dropParameterTypes(0, 1))
                    .asType(withExecutor);
            MethodHandle redirected = MethodHandles.insertArguments(overload, type.parameterCount(), executor);
            MethodHandle test = IS_JDK_STAGE.asType(MethodType.methodType(boolean.class, receiver));
            return MethodHandles.guardWithTest(test, redirected, call);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return call; // no such overload: the call is made as it is
        }
    }

    /** The executor of async stages made without an executor in a controlled run, for calls at {@code site}. */
    static Executor executor(int site) {
        return new AsyncStages(site);
    }

    /**
     * The executor an async call given {@code executor} uses: {@code stages} when it is the common pool; one that
     * queues the task in the pool's model when it is another fork/join pool ({@link ForkJoinCalls}).
     */
    private static Executor insteadOfCommonPool(AsyncStages stages, Executor executor) {
        return executor == ForkJoinPool.commonPool() ? stages
                : ForkJoinCalls.isModelledPool(executor) ? ForkJoinCalls.executor((ForkJoinPool) executor, stages.site)
                : executor;
    }

    /** True for a stage of the JDK's own classes, whose default executor is the JDK's async pool. */
    private static boolean isJdkStage(Object stage) {
        return stage != null && (stage.getClass() == CompletableFuture.class || stage.getClass() == MINIMAL_STAGE);
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task);
        Runnable fromItsPoint = () -> { // the task completes its stage, in JDK code: only once the model lets the thread go
            Weft.yieldNow(site);
            task.run();
        };
        Thread thread = COMMON_POOL ? new Thread(fromItsPoint, "ForkJoinPool.commonPool-worker-" + ThreadNames.nextCommonPoolWorker())
                : new Thread(fromItsPoint);
        if (COMMON_POOL) {
            thread.setDaemon(true);
        }
        Weft.threadMade(thread, site);
        thread.start();
    }
}
