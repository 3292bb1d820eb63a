package dev.weft.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.channels.CompletionHandler;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A task handed to another thread (an executor's, a stage's), wrapped so that its run is ordered after
 * its submission and before whatever waits for it.
 *
 * <p>The submitter reports {@code releasing} of the submission's sync object before it submits; the task
 * reports {@code acquired} of its {@code starts} when it begins and {@code releasing} of its {@code ends}
 * when it returns or throws, before its result is passed on (a {@link MapKey} instead reports a keyed function's
 * hand-offs). A task that returns a stage links the
 * submission's sync object to that stage's ({@code thenCompose}: the composed stage completes with it).
 * Otherwise the wrapper behaves as the task: same result, same exception.
 */
abstract class HandedOffTask {

    /**
     * Among a task's {@code ends}: the fork/join pool whose worker runs the task, known only when it ends (a task
     * made by {@code ForkJoinTask.adapt}, handed to a pool later or forked), so that the pool's
     * {@code awaitQuiescence} and {@code awaitTermination} order it, as they order a {@code RecursiveAction}'s body.
     */
    static final Object RUNNING_POOL = new Object();

    final Object task;
    private final Object[] starts;
    private final Object[] ends;
    private final int site;

    HandedOffTask(Object task, Object[] starts, Object[] ends, int site) {
        this.task = task;
        this.starts = starts;
        this.ends = ends;
        this.site = site;
    }

    /** The site of the call that handed the task off ({@code submit}, {@code execute}...). */
    int site() {
        return site;
    }

    /**
     * Wraps {@code task} as the functional interface {@code type}.
     *
     * @return the wrapper, or {@code task} itself when it is null or {@code type} is no task type
     */
    static Object wrap(Class<?> type, Object task, Object[] starts, Object[] ends, int site) {
        if (task == null || task instanceof HandedOffTask) {
            return task;
        } else if (type == Runnable.class) {
            return task instanceof Comparable<?> ? new OfComparableRunnable(task, starts, ends, site)
                    : new OfRunnable(task, starts, ends, site);
        } else if (type == Callable.class) {
            return new OfCallable(task, starts, ends, site);
        } else if (type == Supplier.class) {
            return new OfSupplier(task, starts, ends, site);
        } else if (type == Function.class) {
            return new OfFunction(task, starts, ends, site);
        } else if (type == BiFunction.class) {
            return new OfBiFunction(task, starts, ends, site);
        } else if (type == Consumer.class) {
            return new OfConsumer(task, starts, ends, site);
        } else if (type == BiConsumer.class) {
            return new OfBiConsumer(task, starts, ends, site);
        } else if (type == CompletionHandler.class) {
            return new OfCompletionHandler(task, starts, ends, site);
        }
        return task;
    }

    /**
     * Wraps {@code function}, a function the caller passes to a call that runs it ({@code compute},
     * {@code updateAndGet}...), as the interface {@code type}: a task type as {@link #wrap} does, any other
     * public functional interface ({@code UnaryOperator}, {@code IntBinaryOperator}, {@code Predicate}...)
     * through a {@link Proxy}.
     *
     * @return the wrapper, or {@code function} itself when it is null or {@code type} is no functional interface
     */
    static Object wrapFunction(Class<?> type, Object function, Object[] starts, Object[] ends, int site) {
        if (function == null || function instanceof HandedOffTask || isTaskType(type)) {
            return wrap(type, function, starts, ends, site);
        }
        Method abstractMethod = OfInterface.abstractMethod(type);
        if (abstractMethod == null) {
            return function;
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new OfInterface(function, abstractMethod, starts, ends, site));
    }

    /** Whether {@link #wrap} wraps tasks of this type. */
    static boolean isTaskType(Class<?> type) {
        return type == Runnable.class || type == Callable.class || type == Supplier.class || type == Function.class
                || type == BiFunction.class || type == Consumer.class || type == BiConsumer.class
                || type == CompletionHandler.class;
    }

    /** The sync object of the submission: released by the submitter, acquired when the task begins. */
    final Object submission() {
        return starts[0];
    }

    final void began() {
        for (Object sync : starts) {
            if (sync instanceof MapKey entry) {
                Weft.keyedFunctionEntered(entry.map, entry.number, site);
            } else {
                SyncObjects.acquire(sync, site);
            }
        }
    }

    final void ended(Object result) {
        Object submission = submission();
        if (result instanceof CompletionStage && (submission instanceof SyncObjects.Token
                || submission instanceof CompletionStage)) { // not a map whose compute made a future
            SyncObjects.link(submission, SyncObjects.rootOf(result));
        }
        for (Object sync : ends) {
            if (sync instanceof MapKey entry) {
                Weft.keyedFunctionExiting(entry.map, entry.number, site);
            } else if (sync == RUNNING_POOL) {
                if (Thread.currentThread() instanceof ForkJoinWorkerThread worker) {
                    Weft.releasing(worker.getPool(), site);
                }
            } else if (sync instanceof DefaultExecutors.Pending pending) {
                for (Object executorSync : pending.syncs()) {
                    Weft.releasing(executorSync, site);
                }
            } else {
                Weft.releasing(sync, site);
            }
        }
    }

    @Override
    public String toString() {
        return task.toString();
    }

    static class OfRunnable extends HandedOffTask implements Runnable {
        OfRunnable(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public void run() {
            began();
            try {
                ((Runnable) task).run();
            } finally {
                ended(null);
            }
        }
    }

    /**
     * A {@code Comparable} runnable, which a pool whose queue is a {@code PriorityBlockingQueue} orders by
     * {@code compareTo}: the wrapper compares as the task does, to the task inside another wrapper.
     */
    static final class OfComparableRunnable extends OfRunnable implements Comparable<Object> {
        OfComparableRunnable(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        @SuppressWarnings("unchecked")
        public int compareTo(Object other) {
            return ((Comparable<Object>) task).compareTo(unwrapped(other));
        }
    }

    /** The program's own task when {@code object} is weft's wrapper of one, else {@code object}. */
    static Object unwrapped(Object object) {
        return object instanceof HandedOffTask wrapper ? wrapper.task : object;
    }

    static final class OfCallable extends HandedOffTask implements Callable<Object> {
        OfCallable(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public Object call() throws Exception {
            began();
            Object result = null;
            try {
                return result = ((Callable<?>) task).call();
            } finally {
                ended(result);
            }
        }
    }

    static final class OfSupplier extends HandedOffTask implements Supplier<Object> {
        OfSupplier(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public Object get() {
            began();
            Object result = null;
            try {
                return result = ((Supplier<?>) task).get();
            } finally {
                ended(result);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static final class OfFunction extends HandedOffTask implements Function<Object, Object> {
        OfFunction(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public Object apply(Object argument) {
            began();
            Object result = null;
            try {
                return result = ((Function<Object, ?>) task).apply(argument);
            } finally {
                ended(result);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static final class OfBiFunction extends HandedOffTask implements BiFunction<Object, Object, Object> {
        OfBiFunction(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public Object apply(Object first, Object second) {
            began();
            Object result = null;
            try {
                return result = ((BiFunction<Object, Object, ?>) task).apply(first, second);
            } finally {
                ended(result);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static final class OfConsumer extends HandedOffTask implements Consumer<Object> {
        OfConsumer(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public void accept(Object argument) {
            began();
            try {
                ((Consumer<Object>) task).accept(argument);
            } finally {
                ended(null);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static final class OfBiConsumer extends HandedOffTask implements BiConsumer<Object, Object> {
        OfBiConsumer(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public void accept(Object first, Object second) {
            began();
            try {
                ((BiConsumer<Object, Object>) task).accept(first, second);
            } finally {
                ended(null);
            }
        }
    }

    /**
     * The completion handler of an asynchronous channel's operation ({@code read(buffer, position, attachment,
     * handler)}), which the JDK calls in a thread of the channel's group: either of its methods is the task.
     */
    @SuppressWarnings("unchecked")
    static final class OfCompletionHandler extends HandedOffTask implements CompletionHandler<Object, Object> {
        OfCompletionHandler(Object task, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
        }

        @Override
        public void completed(Object result, Object attachment) {
            began();
            try {
                ((CompletionHandler<Object, Object>) task).completed(result, attachment);
            } finally {
                ended(null);
            }
        }

        @Override
        public void failed(Throwable failure, Object attachment) {
            began();
            try {
                ((CompletionHandler<Object, Object>) task).failed(failure, attachment);
            } finally {
                ended(null);
            }
        }
    }

    /** Any other functional interface, through a {@link Proxy}: only its abstract method runs between the hooks. */
    static final class OfInterface extends HandedOffTask implements InvocationHandler {
        private final Method abstractMethod;

        OfInterface(Object task, Method abstractMethod, Object[] starts, Object[] ends, int site) {
            super(task, starts, ends, site);
            this.abstractMethod = abstractMethod;
        }

        /** The one abstract method of a public, JDK-defined functional interface, or {@code null}. */
        static Method abstractMethod(Class<?> type) {
            if (!type.isInterface() || type.getClassLoader() != null || !Modifier.isPublic(type.getModifiers())) {
                return null;
            }
            Method found = null;
            for (Method method : type.getMethods()) {
                if (Modifier.isAbstract(method.getModifiers()) && !isObjectMethod(method)) {
                    if (found != null) {
                        return null;
                    }
                    found = method;
                }
            }
            return found;
        }

        private static boolean isObjectMethod(Method method) {
            try {
                Object.class.getMethod(method.getName(), method.getParameterTypes());
                return true;
            } catch (NoSuchMethodException notObjects) {
                return false;
            }
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            boolean bracketed = method.equals(abstractMethod);
            if (bracketed) {
                began();
            }
            Object result = null;
            try {
                return result = method.invoke(task, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (bracketed) {
                    ended(result);
                }
            }
        }
    }
}
