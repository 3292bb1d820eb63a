package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.function.BooleanSupplier;

/**
 * Fork/join tasks in a controlled run. The JDK's pools run them in worker threads outside the model and
 * steal work in an order the JVM's timing decides; here each pool ({@code new ForkJoinPool(n)},
 * {@code Executors.newWorkStealingPool()}, the common pool) gets a model of its own
 * ({@link ForkJoinPoolModel}): a queue of tasks, and up to the pool's parallelism worker threads of the model,
 * made as tasks come (in creation order, so the run stays replayable), whose wait for a task is a blocking
 * call of the model.
 *
 * <p>Calls of application code: {@code task.fork()} queues the task in the pool of the worker that forks
 * it, or the common pool's (as the JDK does); {@code join}, {@code get} and {@code quietlyJoin} of a task
 * still queued run it in the joining thread (as a worker helps), and of a task another thread runs are a
 * blocking call of the model until it is done; {@code ForkJoinTask.invokeAll} forks all but the first task,
 * runs the first and joins the others, as the JDK does; {@code pool.invoke/submit/execute(task)} queue the
 * task in the pool's model ({@code invoke} then joins it), and so do {@code submit(callable)},
 * {@code submit(runnable)} and {@code execute(runnable)} on a pool, adapted as the JDK adapts them. Work stealing becomes a deterministic order
 * (workers take the oldest task, a joiner the one it joins): results are those of the JDK's pools.
 *
 * <p>Modelled tasks are {@code RecursiveTask}s, {@code RecursiveAction}s and the JDK's adapted runnables and
 * callables, which complete when their body returns, and {@code CountedCompleter}s, which complete when their
 * pending subtasks have: a thread that runs one (a worker, a joiner that takes it from the queue, its
 * {@code invoke}) runs its {@code compute} alone, through the JDK's own {@code doExec} (as a worker of the JDK's
 * pool does), and a wait for it is the model's until it is done. Other {@code ForkJoinTask} subclasses keep the
 * JDK's calls, as do pools of an application's subclass of {@code ForkJoinPool}.
 */
final class ForkJoinCalls {

    private static final MethodHandle ON_POOL;
    private static final MethodHandle INVOKE_TWO;
    private static final MethodHandle INVOKE_ARRAY;
    private static final MethodHandle INVOKE_COLLECTION;
    private static final MethodHandle IS_MODELLED_POOL;
    private static final MethodHandle SUBMIT_CALLABLE;
    private static final MethodHandle SUBMIT_RUNNABLE;
    private static final MethodHandle SUBMIT_WITH_RESULT;
    private static final MethodHandle EXECUTE;
    private static final MethodHandle HELP_QUIESCE;
    /** {@code ForkJoinTask.adaptInterruptible}, which the JDK's {@code submit(callable)} uses since 19, else {@code adapt}. */
    private static final MethodHandle ADAPT_CALLABLE;
    /**
     * The JDK's {@code ForkJoinTask.doExec()}: runs a task's {@code exec} and records how it ended, without
     * waiting for a {@code CountedCompleter}'s subtasks; {@code null} where {@code java.util.concurrent} is not
     * open to weft (completers then keep the JDK's calls).
     */
    private static final Method DO_EXEC = doExec();

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            ON_POOL = lookup.findStatic(ForkJoinCalls.class, "onPool", MethodType.methodType(Object.class,
                    MethodHandle.class, String.class, int.class, Object.class, Object.class));
            INVOKE_TWO = lookup.findStatic(ForkJoinCalls.class, "invokeAll", MethodType.methodType(void.class,
                    ForkJoinTask.class, ForkJoinTask.class, int.class));
            INVOKE_ARRAY = lookup.findStatic(ForkJoinCalls.class, "invokeAll", MethodType.methodType(void.class,
                    ForkJoinTask[].class, int.class));
            INVOKE_COLLECTION = lookup.findStatic(ForkJoinCalls.class, "invokeAll", MethodType.methodType(Collection.class,
                    Collection.class, int.class));
            IS_MODELLED_POOL = lookup.findStatic(ForkJoinCalls.class, "isModelledPool",
                    MethodType.methodType(boolean.class, Object.class));
            SUBMIT_CALLABLE = lookup.findStatic(ForkJoinCalls.class, "submit", MethodType.methodType(ForkJoinTask.class,
                    Object.class, Callable.class, int.class));
            SUBMIT_RUNNABLE = lookup.findStatic(ForkJoinCalls.class, "submit", MethodType.methodType(ForkJoinTask.class,
                    Object.class, Runnable.class, int.class));
            SUBMIT_WITH_RESULT = lookup.findStatic(ForkJoinCalls.class, "submit", MethodType.methodType(ForkJoinTask.class,
                    Object.class, Runnable.class, Object.class, int.class));
            EXECUTE = lookup.findStatic(ForkJoinCalls.class, "execute", MethodType.methodType(void.class,
                    Object.class, Runnable.class, int.class));
            ADAPT_CALLABLE = adaptCallable(lookup);
            HELP_QUIESCE = lookup.findStatic(ForkJoinCalls.class, "helpQuiesce", MethodType.methodType(void.class,
                    MethodHandle.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ForkJoinCalls() { }

    private static Method doExec() {
        try {
            Method method = ForkJoinTask.class.getDeclaredMethod("doExec");
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static MethodHandle adaptCallable(MethodHandles.Lookup lookup) throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(ForkJoinTask.class, Callable.class);
        try {
            return lookup.findStatic(ForkJoinTask.class, "adaptInterruptible", type);
        } catch (NoSuchMethodException | IllegalAccessException beforeJava19) { // not public before 19
            return lookup.findStatic(ForkJoinTask.class, "adapt", type);
        }
    }

    /** Whether the model runs {@code task}: a task that is complete once its body returns, or a completer. */
    static boolean isModelled(Object task) {
        return task instanceof RecursiveTask || task instanceof RecursiveAction
                || task instanceof CountedCompleter && DO_EXEC != null
                || task != null && task.getClass().getName().startsWith("java.util.concurrent.ForkJoinTask$");
    }

    /**
     * Runs {@code task}'s body in the current thread, its result or exception kept in the task; a completer
     * may still wait for its subtasks after.
     */
    static void exec(ForkJoinTask<?> task) {
        if (!(task instanceof CountedCompleter)) {
            task.quietlyInvoke();
            return;
        }
        try {
            DO_EXEC.invoke(task); // records what compute threw, as the JDK's workers do
        } catch (ReflectiveOperationException e) {
            task.completeExceptionally(e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * {@code task.invoke()} or {@code quietlyInvoke()} in a controlled run: a completer's body runs here,
     * then the wait for its subtasks is the model's; other tasks are invoked as they are.
     *
     * @param quietly true for {@code quietlyInvoke}, which returns nothing and throws nothing of the task's
     * @return the task's result ({@code invoke})
     */
    static Object invoke(ForkJoinTask<?> task, boolean quietly, int site) {
        if (!(task instanceof CountedCompleter) || !isModelled(task)) {
            if (quietly) {
                task.quietlyInvoke();
                return null;
            }
            return task.invoke();
        }
        exec(task);
        helpOrWait(task, false, site);
        if (quietly) {
            task.quietlyJoin();
            return null;
        }
        return task.join();
    }

    /** {@code task.fork()} in a controlled run: queued in the forking worker's pool, or the common pool. */
    static ForkJoinTask<?> fork(ForkJoinTask<?> task, int site) {
        if (!isModelled(task)) {
            return task.fork();
        }
        ForkJoinPoolModel model = ForkJoinPoolModel.ofCurrentWorker();
        (model != null ? model : ForkJoinPoolModel.of(ForkJoinPool.commonPool(), site)).queue(task);
        return task;
    }

    /**
     * Before a {@code join} or {@code get} of {@code task} in a controlled run: a task still queued is run by the
     * joining thread; one that another thread runs is waited for in the model until it is done.
     *
     * @return true when a timed wait was timed out by the model
     */
    static boolean helpOrWait(ForkJoinTask<?> task, boolean timed, int site) {
        if (!isModelled(task) || task.isDone()) {
            return false;
        }
        ForkJoinPoolModel model = ForkJoinPoolModel.queuing(task);
        if (model != null && model.claim(task)) {
            exec(task);
            if (task.isDone()) {
                return false;
            }
        }
        return Weft.blockingCall(task, task::isDone, timed, site);
    }

    /** The call that stands in for {@code ForkJoinTask.helpQuiesce()} in a controlled run; else {@code call}. */
    static MethodHandle helpQuiesceInModel(String name, MethodType type, MethodHandle call, int site) {
        if (!name.equals("helpQuiesce") || type.parameterCount() != 0 || type.returnType() != void.class) {
            return call;
        }
        return MethodHandles.insertArguments(HELP_QUIESCE, 0, call, site);
    }

    private static void helpQuiesce(MethodHandle jdk, int site) throws Throwable {
        if (!helpQuiesce(site)) {
            jdk.invokeExact();
        }
    }

    /**
     * {@code ForkJoinTask.helpQuiesce()} in a controlled run: a worker of a pool's model runs the pool's queued tasks
     * until no other worker runs one, as the JDK's worker does; another thread helps the common pool's model so.
     *
     * @return false when no model has tasks to help with (the JDK's call then runs)
     */
    static boolean helpQuiesce(int site) {
        ForkJoinPoolModel model = ForkJoinPoolModel.ofCurrentWorker();
        int self = model != null ? 1 : 0;
        model = model != null ? model : ForkJoinPoolModel.existing(ForkJoinPool.commonPool());
        if (model == null) {
            return false;
        }
        model.quiesce(self, false, site);
        return true;
    }

    /**
     * {@code pool.awaitQuiescence(timeout, unit)} in a controlled run: in a worker of the pool, its
     * {@code helpQuiesce}; in another thread, help run the pool's queued tasks until it is quiescent or the model
     * times the wait out, as the JDK's call helps.
     *
     * @return whether the pool became quiescent; {@code null} when the pool has no model (the JDK's call then runs)
     */
    static Boolean awaitQuiescence(ForkJoinPool pool, int site) {
        ForkJoinPoolModel model = ForkJoinPoolModel.existing(pool);
        if (model == null) {
            return null;
        }
        boolean worker = ForkJoinPoolModel.ofCurrentWorker() == model;
        return model.quiesce(worker ? 1 : 0, !worker, site);
    }

    /**
     * {@code completer.helpComplete(maxTasks)} in a controlled run: runs up to {@code maxTasks} queued tasks of the
     * model whose completion path goes through {@code completer} (completers of which it is a completer), until it
     * is done, as the JDK's call helps with them in its pools' queues.
     */
    static void helpComplete(CountedCompleter<?> completer, int maxTasks, int site) {
        ForkJoinPoolModel model = ForkJoinPoolModel.queuing(completer);
        model = model != null ? model : ForkJoinPoolModel.ofCurrentWorker();
        model = model != null ? model : ForkJoinPoolModel.existing(ForkJoinPool.commonPool());
        for (int i = 0; model != null && i < maxTasks && !completer.isDone(); i++) {
            ForkJoinTask<?> task = model.claim(queued -> completes(queued, completer));
            if (task == null) {
                return;
            }
            exec(task);
        }
    }

    /** Whether {@code completer} is on {@code task}'s completion path. */
    private static boolean completes(ForkJoinTask<?> task, CountedCompleter<?> completer) {
        for (CountedCompleter<?> c = task instanceof CountedCompleter<?> cc ? cc : null; c != null; c = c.getCompleter()) {
            if (c == completer) {
                return true;
            }
        }
        return false;
    }

    /**
     * When {@code pool}'s tasks run in the model: whether it is shut down, has no task left and its workers have
     * left (as the JDK's pool terminates, and so that no worker is still leaving when the program goes on); else
     * {@code null}.
     */
    static BooleanSupplier terminated(ExecutorService pool) {
        ForkJoinPoolModel model = pool instanceof ForkJoinPool forkJoin ? ForkJoinPoolModel.existing(forkJoin) : null;
        return model == null ? null : () -> pool.isShutdown() && model.terminated();
    }

    /**
     * The call that stands in for a call passing fork/join tasks ({@code pool.invoke/submit/execute(task)},
     * {@code ForkJoinTask.invokeAll}) in a controlled run, as a handle of {@code type}; {@code target} itself
     * when the call is none of these.
     */
    static MethodHandle inModel(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target, int site) {
        MethodHandle call = target.asFixedArity().asType(type);
        try {
            MethodHandleInfo method = caller.revealDirect(target);
            if (Modifier.isStatic(method.getModifiers())) {
                if (method.getDeclaringClass() != ForkJoinTask.class || !name.equals("invokeAll")) {
                    return call;
                }
                MethodHandle invokeAll = type.parameterCount() == 2 ? INVOKE_TWO
                        : type.parameterType(0).isArray() ? INVOKE_ARRAY : INVOKE_COLLECTION;
                return MethodHandles.insertArguments(invokeAll, type.parameterCount(), site).asType(type);
            }
            boolean passesOneTask = type.parameterCount() == 2 && ForkJoinTask.class.isAssignableFrom(type.parameterType(1));
            if (!ForkJoinPool.class.isAssignableFrom(type.parameterType(0)) || !passesOneTask
                    || !(name.equals("invoke") || name.equals("submit") || name.equals("execute"))) {
                return call;
            }
            MethodHandle original = call.asType(MethodType.genericMethodType(2));
            return MethodHandles.insertArguments(ON_POOL, 0, original, name, site).asType(type);
        } catch (RuntimeException e) {
            return call;
        }
    }

    /**
     * The call that stands in for a submission of a runnable or a callable to an executor that may be a
     * fork/join pool ({@code submit(callable)}, {@code submit(runnable[, result])}, {@code execute(runnable)}) in
     * a controlled run, as a handle of {@code type}: when the executor is a {@code ForkJoinPool}, the task is
     * adapted as the JDK's pool adapts it and queued in the pool's model; else {@code call} itself.
     */
    static MethodHandle submissionInModel(String name, MethodType type, MethodHandle call, int site) {
        Class<?> receiver = type.parameterCount() > 1 ? type.parameterType(0) : null;
        if (receiver == null || !receiver.isAssignableFrom(ForkJoinPool.class)) {
            return call;
        }
        MethodType task = type.dropParameterTypes(0, 1);
        List<Class<?>> passed = task.parameterList();
        MethodHandle inModel = name.equals("execute") && passed.equals(List.of(Runnable.class)) ? EXECUTE
                : !name.equals("submit") ? null
                : passed.equals(List.of(Callable.class)) ? SUBMIT_CALLABLE
                : passed.equals(List.of(Runnable.class)) ? SUBMIT_RUNNABLE
                : passed.equals(List.of(Runnable.class, Object.class)) ? SUBMIT_WITH_RESULT
                : null;
        if (inModel == null) {
            return call;
        }
        MethodHandle queued = MethodHandles.insertArguments(inModel, type.parameterCount(), site).asType(type);
        MethodHandle isPool = IS_MODELLED_POOL.asType(MethodType.methodType(boolean.class, receiver));
        MethodHandle test = MethodHandles.dropArguments(isPool, 1, passed);
        return MethodHandles.guardWithTest(test, queued, call);
    }

    /** Whether submissions to {@code executor} are queued in a model: a JDK {@code ForkJoinPool} not shut down. */
    static boolean isModelledPool(Object executor) {
        return executor != null && executor.getClass() == ForkJoinPool.class && !((ForkJoinPool) executor).isShutdown();
    }

    private static ForkJoinTask<?> submit(Object pool, Callable<?> task, int site) throws Throwable {
        return queued(pool, (ForkJoinTask<?>) ADAPT_CALLABLE.invokeExact(task), site);
    }

    /** {@code pool.submit(task)} in the model, the task adapted as the JDK's pool adapts it. */
    static ForkJoinTask<?> submitted(ForkJoinPool pool, Callable<?> task, int site) {
        return queued(pool, ForkJoinTask.adapt(task), site);
    }

    /**
     * An executor that queues each task in {@code pool}'s model, as {@code pool.execute(runnable)} in application
     * code is: for an async stage given the pool as its executor.
     */
    static Executor executor(ForkJoinPool pool, int site) {
        return task -> execute(pool, task, site);
    }

    private static ForkJoinTask<?> submit(Object pool, Runnable task, int site) {
        return queued(pool, ForkJoinTask.adapt(task), site);
    }

    private static ForkJoinTask<?> submit(Object pool, Runnable task, Object result, int site) {
        return queued(pool, ForkJoinTask.adapt(task, result), site);
    }

    /** {@code pool.execute(runnable)}: as the JDK's pool, an exception it throws goes to the thread's handler. */
    private static void execute(Object pool, Runnable task, int site) {
        Objects.requireNonNull(task);
        queued(pool, new ExecutedRunnable(task), site);
    }

    private static ForkJoinTask<?> queued(Object pool, ForkJoinTask<?> task, int site) {
        ForkJoinPoolModel.of((ForkJoinPool) pool, site).queue(task);
        return task;
    }

    /** A runnable passed to {@code execute}: what it throws goes to the uncaught exception handler of its thread. */
    private static final class ExecutedRunnable extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Runnable task;

        ExecutedRunnable(Runnable task) {
            this.task = task;
        }

        @Override
        protected void compute() {
            try {
                task.run();
            } catch (Throwable e) {
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
            }
        }
    }

    /** {@code pool.invoke/submit/execute(task)}: queued in the pool's model ({@code invoke} then joins it). */
    private static Object onPool(MethodHandle original, String name, int site, Object pool, Object task) throws Throwable {
        if (pool == null || pool.getClass() != ForkJoinPool.class || !isModelled(task)
                || ((ForkJoinPool) pool).isShutdown()) {
            return original.invokeExact(pool, task); // not the model's, or rejected as the JDK does
        }
        ForkJoinTask<?> forkJoinTask = (ForkJoinTask<?>) task;
        ForkJoinPoolModel.of((ForkJoinPool) pool, site).queue(forkJoinTask);
        if (name.equals("invoke")) {
            helpOrWait(forkJoinTask, false, site);
            return forkJoinTask.join();
        }
        return name.equals("submit") ? task : null;
    }

    /** {@code ForkJoinTask.invokeAll(t1, t2)}: forks {@code t2}, runs {@code t1}, joins {@code t2}. */
    private static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2, int site) {
        invokeAll(new ForkJoinTask<?>[] {t1, t2}, site);
    }

    /**
     * {@code ForkJoinTask.invokeAll(tasks)}: forks all but the first, runs the first, then joins the others
     * in order; the first exception cancels the tasks not joined yet and is thrown, as the JDK does.
     */
    private static void invokeAll(ForkJoinTask<?>[] tasks, int site) {
        for (ForkJoinTask<?> task : tasks) {
            if (task == null) {
                throw new NullPointerException(); // as the JDK's, before any task runs
            }
        }
        for (int i = tasks.length - 1; i > 0; i--) {
            fork(tasks[i], site);
        }
        int joined = 0;
        try {
            for (; joined < tasks.length; joined++) {
                if (joined == 0) {
                    invoke(tasks[0], false, site);
                } else {
                    helpOrWait(tasks[joined], false, site);
                    tasks[joined].join();
                }
            }
        } catch (RuntimeException | Error e) {
            for (int i = joined + 1; i < tasks.length; i++) {
                tasks[i].cancel(false);
            }
            throw e;
        }
    }

    /** {@code ForkJoinTask.invokeAll(collection)}: as for an array; returns the collection. */
    private static Collection<?> invokeAll(Collection<?> tasks, int site) {
        invokeAll(tasks.toArray(new ForkJoinTask<?>[0]), site);
        return tasks;
    }
}
