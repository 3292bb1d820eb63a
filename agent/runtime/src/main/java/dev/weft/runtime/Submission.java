package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.BaseStream;
import java.util.stream.Collector;

/**
 * One call site that hands tasks to other threads ({@code execute}, {@code submit}, {@code invokeAll},
 * {@code schedule}, {@code supplyAsync}, {@code thenApply}...), or that runs functions of the caller's
 * inside a thread-safe object's method ({@code compute}, {@code merge}, {@code updateAndGet}...), with its
 * tasks wrapped as {@link HandedOffTask}s.
 *
 * <p>A submission to an executor (or a completion service, a thread builder), and a static call
 * ({@code supplyAsync}, {@code allOf}, {@code startVirtualThread}), gets a new {@link SyncObjects.Token} of
 * its own: the submitter releases it before the call, each task acquires it when it begins, and releases
 * it, the receiver's sync object, that of an executor it runs on and the task itself when it is a future,
 * when it ends; the returned future or stage shares the token, so its {@code get} acquires what its task
 * released, and {@code awaitTermination} (a call on the executor) what every task released. Tasks of one
 * executor are not ordered with each other (each task of {@code invokeAll} begins with a token of its own). Only calls that wait for their tasks ({@code invokeAll},
 * {@code invokeAny}, a {@code ConcurrentHashMap}'s parallel bulk operations, {@code Arrays.parallelSort} and
 * the other parallel operations of {@code Arrays}, whose functions of any type are wrapped, and
 * {@code SwingUtilities.invokeAndWait}) acquire the token after the call.
 *
 * <p>A call on a stage ({@code thenApply}...) uses the stage's sync object, which the stages of a chain
 * share: the caller releases it before the call and, but for an {@code *Async} one (whose function runs in another
 * thread, even when it ends before the call returns), acquires it after; each function acquires it, and the
 * sync objects of the other stages it waits for, when it begins, and releases it when it ends.
 *
 * <p>An <em>inline</em> call runs its functions inside the call, in the calling thread or any other: each
 * function acquires the receiver's sync object when it begins and releases it when it ends, so that what a
 * {@code compute} function writes is ordered before the next call that finds it; a keyed call's function on a
 * {@code ConcurrentHashMap} hands over per key ({@link MapKey}).
 *
 * <p>Submissions are not a hot path: arguments are passed as an array.
 */
final class Submission {

    /** The stateful operations of a stream, each of which begins a new phase of a parallel pipeline. */
    private static final Set<String> STATEFUL = Set.of("sorted", "distinct", "limit", "skip", "takeWhile", "dropWhile");

    private final MethodHandle target; // (Object[])Object
    private final Class<?>[] parameters;
    private final boolean onReceiver;
    private final boolean taskCollections;
    /** Whether the call is one of {@code Arrays}' parallel operations, which run any function they take in the common pool. */
    private final boolean parallelArrays;
    /** Whether the call returns only once its tasks are done, so that it acquires what they released. */
    private final boolean waits;
    /** Whether the call is a {@code CompletableFuture}'s {@code supplyAsync}, {@code runAsync} or {@code *Async}, whose default executor is the common pool. */
    private final boolean async;
    private final boolean sharesResult;
    private final boolean inline;
    /**
     * Whether the call makes a concurrent collector ({@code Collectors.toConcurrentMap}, {@code groupingByConcurrent}):
     * its functions (key and value mappers, merge function, classifier) and those of a downstream collector are then
     * wrapped as an inline call's, on a token of the call's own. They run inside the shared map's calls, which the JDK
     * makes: a value one thread's mapper made is merged by another thread's merge function, two merges of one key take
     * turns under the map's lock, and a downstream accumulator runs in {@code synchronized} on its group's container.
     * Conservative: any two runs of these functions in different threads are ordered when one ends before the other begins.
     */
    private final boolean concurrentCollector;
    private final String name;
    /** The receivers whose call hashes its key before it synchronizes ({@link KeyHashingCalls}). */
    private final int keyHashing;
    private final int site;

    /**
     * @param target          the original method, taking its arguments (the receiver first) as an array
     * @param parameters      the call's parameter types, the receiver's first when there is one
     * @param onReceiver      whether the call has a receiver
     * @param name            the called method's name
     * @param inline          whether the call runs its functions inside itself ({@code compute})
     * @param sharesResult    whether the future or stage it returns shares its sync object: a submission's token
     *                        (not {@code invokeAny}'s, which returns a task's own result), or an inline call's receiver's
     *                        ({@code SubmissionPublisher.consume}, whose future completes after the consumer's last run)
     */
    Submission(MethodHandle target, Class<?>[] parameters, boolean onReceiver, String name, boolean inline, boolean sharesResult, int site) {
        this.target = target;
        this.parameters = parameters;
        this.onReceiver = onReceiver;
        this.taskCollections = name.equals("invokeAll") || name.equals("invokeAny");
        this.parallelArrays = !onReceiver && name.startsWith("parallel"); // Arrays.parallelSort, parallelSetAll...
        this.waits = taskCollections || parallelArrays || name.equals("invokeAndWait"); // invokeAndWait: on the event dispatch thread
        this.async = name.endsWith("Async");
        this.sharesResult = sharesResult;
        this.inline = inline;
        this.concurrentCollector = !onReceiver && HandOffCalls.CONCURRENT_COLLECTORS.contains(name);
        this.name = name;
        this.keyHashing = onReceiver && inline ? KeyHashingCalls.receivers(name, parameters) : 0;
        this.site = site;
    }

    Object invoke(Object[] arguments) throws Throwable {
        Object receiver = onReceiver ? arguments[0] : null;
        if (inline) {
            return invokeInline(arguments, SyncObjects.of(receiver));
        }
        if (concurrentCollector) {
            return invokeInline(arguments, new SyncObjects.Token());
        }
        if (receiver instanceof BaseStream<?, ?> stream) {
            return stream.isParallel() ? invokeOnParallelStream(arguments, stream) : target.invokeExact(arguments);
        }
        boolean onStage = receiver instanceof CompletionStage;
        Object sync = onStage ? syncOf(receiver) : new SyncObjects.Token();
        List<Object> starts = new ArrayList<>(2);
        starts.add(sync);
        List<Object> ends = new ArrayList<>(2);
        // the runs of a parallel operation's function are not ordered with each other: they end into another token
        Object done = parallelArrays ? new SyncObjects.Token() : sync;
        ends.add(done);
        boolean bulk = receiver instanceof ConcurrentHashMap; // its parallel bulk operations wait for their tasks
        if (receiver != null && !onStage) {
            endsOn(receiver, ends);
        }
        if (bulk) {
            starts.add(syncOf(receiver));
        }
        int first = onReceiver ? 1 : 0;
        boolean executorGiven = false;
        for (int i = first; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof CompletionStage) {
                starts.add(SyncObjects.rootOf(argument));
            } else if (argument instanceof CompletionStage[] stages) {
                for (CompletionStage<?> stage : stages) {
                    SyncObjects.link(sync, SyncObjects.rootOf(stage)); // allOf, anyOf
                }
            } else if (argument instanceof Executor) {
                endsOn(argument, ends);
                executorGiven = true;
            }
        }
        if (async && !executorGiven && (receiver == null || receiver.getClass() == CompletableFuture.class)
                && ForkJoinPool.getCommonPoolParallelism() > 1) {
            // the task runs in the common pool (with a parallelism of 1, in a thread of its own): what it did happens
            // before the pool is quiescent, so before awaitQuiescence (a call on the pool) returns true
            ends.add(syncOf(ForkJoinPool.commonPool()));
        }
        if (!onReceiver && name.equals("adapt")) { // ForkJoinTask.adapt: the pool that runs the task is known when it ends
            ends.add(HandedOffTask.RUNNING_POOL);
        }
        // a subclass's stage: the task runs on what its defaultExecutor() returns inside the call
        boolean subclassDefault = async && !executorGiven && receiver instanceof CompletableFuture
                && receiver.getClass() != CompletableFuture.class;
        DefaultExecutors.Pending outerDefault = subclassDefault ? DefaultExecutors.current() : null;
        if (subclassDefault) {
            ends.add(DefaultExecutors.calling(receiver));
        }
        Object[] startSyncs = starts.toArray();
        for (int i = first; i < arguments.length; i++) {
            arguments[i] = wrapped(parameters[i], arguments[i], startSyncs, ends);
        }
        Weft.releasing(sync, site);
        // the pool's rejection handler runs inside execute, in this thread, and may put the task back in the queue
        boolean rejectable = receiver instanceof ThreadPoolExecutor && name.equals("execute") && arguments.length == 2;
        Object outerRejectable = rejectable ? RejectedTasks.executing((ThreadPoolExecutor) receiver, arguments[1]) : null;
        Object result = null;
        try {
            result = PoolInvocations.modelled(name, arguments) ? PoolInvocations.invoke(name, arguments, site)
                    : target.invokeExact(arguments);
            return result;
        } finally {
            if (rejectable) {
                RejectedTasks.executed(outerRejectable);
            }
            if (subclassDefault) {
                DefaultExecutors.called(outerDefault);
            }
            if (onStage && !async || waits || bulk) { // an async function runs elsewhere: its end is not the caller's to see
                SyncObjects.acquire(done, site);
            }
            if (sharesResult) {
                share(result, receiver, sync);
            }
        }
    }

    /**
     * A call on a parallel stream: its functions run in the common pool's threads as well as the caller's.
     * Each acquires a token the caller released when it begins, and releases the sync object of its stage's
     * {@linkplain SyncObjects.PipelinePhase phase} when it ends; the caller acquires that phase (and those before
     * it) after every call, so after the terminal operation it has what every function did. The functions that
     * combine the results of other threads ({@code reduce}'s, the combiner of {@code collect}), and the action of
     * {@code forEachOrdered} (whose runs the JDK orders one after the other, whichever threads run them), also
     * acquire the phase when they begin. A stateful operation ({@link #STATEFUL}) begins a new phase: the JDK may
     * evaluate what comes before it into a buffer, then fork new tasks over the buffer, so the functions of the new
     * phase (the operation's own comparator, predicate, and those of the stages after it) also acquire the phases
     * before theirs when they begin. The runs of one phase's functions are not ordered with each other. A
     * {@code Collector} is wrapped as a whole ({@link HandedOffCollector}): the functions it is made of are not
     * arguments of the call.
     */
    private Object invokeOnParallelStream(Object[] arguments, BaseStream<?, ?> stream) throws Throwable {
        SyncObjects.PipelinePhase phase = SyncObjects.phaseOf(stream);
        phase.parallel = true; // before the JDK forks: an application's source releases what it makes from now on
        boolean stateful = STATEFUL.contains(name);
        SyncObjects.PipelinePhase ending = stateful ? new SyncObjects.PipelinePhase(phase, true) : phase;
        Object start = new SyncObjects.Token();
        Object[] starts = ending.upstream == null ? new Object[] {start} : new Object[] {start, ending.upstream};
        Object[] combining = {start, ending};
        Object[] ends = {ending};
        boolean combinesAll = name.equals("reduce") || name.equals("forEachOrdered");
        for (int i = 1; i < arguments.length; i++) {
            boolean combines = combinesAll || name.equals("collect") && i == 3;
            arguments[i] = arguments[i] instanceof Collector<?, ?, ?> collector
                    ? new HandedOffCollector<>(collector, starts, combining, ends, site)
                    : HandedOffTask.wrapFunction(parameters[i], arguments[i], combines ? combining : starts, ends, site);
        }
        Weft.releasing(start, site);
        Object result = null;
        try {
            result = target.invokeExact(arguments);
            return result;
        } finally {
            SyncObjects.acquire(ending, site);
            if (result instanceof BaseStream && result != stream) {
                SyncObjects.sharePhase(result, ending);
            }
        }
    }

    /**
     * A call that runs its functions inside itself: they hand over through the receiver's sync object, or, for a
     * keyed call of a {@code ConcurrentHashMap} ({@code compute(key, f)}...), through the key's entry ({@link MapKey}).
     */
    private Object invokeInline(Object[] arguments, Object sync) throws Throwable {
        if (sync == null) {
            return target.invokeExact(arguments); // a HashMap's compute
        }
        MapKey entry = (keyHashing & KeyHashingCalls.MAP) != 0 ? MapKey.of(arguments[0], arguments[1]) : null;
        Object[] syncs = {entry != null ? entry : sync};
        for (int i = onReceiver ? 1 : 0; i < arguments.length; i++) {
            arguments[i] = arguments[i] instanceof Collector<?, ?, ?> collector // groupingByConcurrent's downstream
                    ? new HandedOffCollector<>(collector, syncs, syncs, syncs, site)
                    : HandedOffTask.wrapFunction(parameters[i], arguments[i], syncs, syncs, site);
        }
        KeyHashingCalls.releasing(keyHashing, onReceiver ? arguments[0] : null, sync, site);
        Object result = null;
        try {
            result = target.invokeExact(arguments);
            return result;
        } finally {
            SyncObjects.acquire(sync, site);
            if (sharesResult) {
                share(result, arguments[0], sync);
            }
        }
    }

    private Object wrapped(Class<?> type, Object argument, Object[] starts, List<Object> ends) {
        if (parallelArrays) {
            return HandedOffTask.wrapFunction(type, argument, starts, ends.toArray(), site); // a Comparator, an IntFunction...
        }
        if (HandedOffTask.isTaskType(type)) {
            return HandedOffTask.wrap(type, argument, starts, endsOf(argument, ends), site);
        }
        if (taskCollections && type == Collection.class && argument != null) {
            List<Object> tasks = new ArrayList<>();
            for (Object task : (Collection<?>) argument) {
                Object[] start = {new SyncObjects.Token()}; // the tasks of one call are not ordered with each other
                Weft.releasing(start[0], site);
                tasks.add(HandedOffTask.wrap(Callable.class, task, start, endsOf(task, ends), site));
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

    /**
     * A task run by {@code executor} ends into its sync object and, when it is a JDK executor that passes its tasks on
     * ({@link DelegatingExecutors}: an {@code ExecutorCompletionService}, an unconfigurable view), into those of the
     * executors behind it, whose {@code awaitTermination} waits for the task too.
     */
    static void endsOn(Object executor, List<Object> ends) {
        ends.add(syncOf(executor));
        Object behind = DelegatingExecutors.behind(executor);
        for (int depth = 0; behind != null && depth < 4; depth++, behind = DelegatingExecutors.behind(behind)) {
            ends.add(syncOf(behind));
        }
    }

    /** A receiver that synchronizes uses its sync object; any other (an application's executor) itself. */
    static Object syncOf(Object object) {
        Object sync = SyncObjects.of(object);
        return sync == null ? object : sync;
    }
}
