package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.AbstractQueuedLongSynchronizer;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.regex.Pattern;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Decides how a call of one class hands something over between threads, and so how it is rewritten.
 *
 * <p>Candidates are calls whose owner is a {@code java.util.concurrent} type, a thread-safe
 * {@code java.util} class, a {@code java.util} collection interface (the receiver is checked at run
 * time: a {@code HashMap} gets no edges), a {@code VarHandle}, or an application subclass of a
 * {@code java.util.concurrent} class; and the {@code Thread}, {@code LockSupport} and
 * {@code VarHandle} fence calls that hand over without an object of their own. With race detection,
 * the calls that may reach one of the JDK's non-thread-safe collections (through a collection interface
 * or the class itself) also check its contents ({@link ContentsCalls}).
 */
final class HandOffSites {

    /** How a call is rewritten. */
    enum Kind {
        /** Left as it is. */
        NONE,
        /** An {@code invokedynamic} of {@link HandOffCalls#call} with a plan. */
        CALL,
        /** An {@code invokedynamic} of {@link HandOffCalls#varHandle}. */
        VAR_HANDLE,
        /**
         * An {@code invokedynamic} of {@link HandOffCalls#methodHandle} ({@code invokeExact}, {@code invoke}): a
         * field's getter or setter ({@code findGetter}, {@code unreflectSetter}...) reads or writes its field.
         */
        METHOD_HANDLE,
        /** An {@code invokedynamic} of {@link HandOffCalls#submit}. */
        SUBMIT,
        /**
         * An {@code invokedynamic} of {@link HandOffCalls#tasks}: the call passes {@code ForkJoinTask}s or
         * {@code TimerTask}s; the plan is 1 when it waits for them.
         */
        TASKS,
        /** {@code releasing} of the thread on top of the stack, then the call ({@code interrupt}, {@code unpark}). */
        RELEASE_THREAD,
        /**
         * The call, made through {@code BlockingCalls} (whose scheduler may keep the park permits), then
         * {@code acquired} of the current thread ({@code LockSupport.park*}).
         */
        ACQUIRE_CURRENT_THREAD,
        /** {@code Weft.interruptSeen} of the receiver with the result ({@code isInterrupted}). */
        INTERRUPT_SEEN,
        /** {@code Weft.interruptSeen} of the current thread with the result ({@code Thread.interrupted}). */
        INTERRUPTED,
        /** {@code Weft.aliveSeen} of the receiver with the result ({@code isAlive}). */
        ALIVE_SEEN,
        /** {@code Weft.stateSeen} of the receiver with the result ({@code getState}). */
        STATE_SEEN,
        /** A release and an acquire of one global sync object around the call ({@code VarHandle} fences). */
        FENCE,
        /**
         * {@code sun.misc.Unsafe.objectFieldOffset(field)}: the offset it returns is recorded with its field
         * ({@code UnsafeFields.offsetMade}), so that the calls given it are accesses of that field.
         */
        FIELD_OFFSET,
        /** The barrier action of a new {@code CyclicBarrier} runs wrapped, and the barrier shares its sync object. */
        BARRIER,
        /**
         * The task of a new {@code FutureTask} ({@code Callable}, or {@code Runnable} and result) runs wrapped,
         * and the future shares its sync object.
         */
        FUTURE_TASK,
        /**
         * An {@code invokedynamic} of {@link HandOffCalls#fieldHandle}: the call makes a {@code VarHandle}, a getter
         * or a setter, or a {@code MethodHandle} from another ({@code bindTo}, {@code asType}).
         */
        FIELD_HANDLE,
        /**
         * The call makes a field updater ({@code newUpdater}, caller-sensitive: it stays a plain call, made by
         * its own class); when its class and field name are constants, the updater is recorded after it.
         */
        FIELD_UPDATER,
        /**
         * A JDK object is made from a collection or a map, its constructor's only argument
         * ({@code new ArrayList<>(queue)}): the argument is acquired after.
         */
        COPY,
        /** The comparator of a new sorted thread-safe collection (the constructor's last argument) is wrapped. */
        COMPARATOR,
        /**
         * A new {@code ThreadPoolExecutor} or {@code ScheduledThreadPoolExecutor}: its thread factory is wrapped once
         * it is made ({@code MadeThreads.poolMade}), to report each thread it makes for the pool to start.
         */
        THREAD_POOL,
        /** The same for the {@code super(..)} call of an application subclass's constructor, with {@code this} in local 0. */
        SUPER_POOL,
        /**
         * {@code super(callable)} or {@code super(runnable, result)} in the constructor of an application subclass of
         * {@code FutureTask}, with {@code this} in local 0: the task is wrapped as for {@link #FUTURE_TASK}.
         */
        SUPER_FUTURE_TASK,
        /**
         * {@code new ForkJoinPool(parallelism, factory, handler, asyncMode)}, the ten-argument constructor, or a
         * subclass's {@code super(..)} of either: the worker factory is wrapped ({@code MadeThreads.forkJoinFactory}),
         * the arguments after it packed and unpacked around that.
         */
        FORK_JOIN_FACTORY,
        /**
         * The call's last argument is a thread factory the JDK will call ({@code setThreadFactory},
         * {@code Cleaner.create}, {@code AsynchronousChannelGroup.withFixedThreadPool}): it is wrapped first ({@code MadeThreads.factory}).
         */
        THREAD_FACTORY,
        /**
         * {@code getThreadFactory()} or {@code getFactory()} of a pool: the factory the application gave, not the
         * wrapper it returns ({@code MadeThreads.unwrapped}), so that the application sees no change.
         */
        FACTORY_GETTER,
        /**
         * The call, made through {@code ModelledPools} ({@code Executors.newFixedThreadPool},
         * {@code newSingleThreadExecutor}, {@code newCachedThreadPool}, {@code newScheduledThreadPool},
         * {@code newSingleThreadScheduledExecutor}; {@code CompletableFuture.delayedExecutor}): in a controlled run the
         * pool's workers are threads of the model.
         */
        POOL,
        /**
         * The call, made through {@code ConcurrentGatherers} ({@code Gatherers.mapConcurrent}): the mapper
         * runs in threads the JDK starts, so its gatherer's stages are wrapped to order the mapper's runs.
         */
        GATHERER,
        /**
         * The subscriber of {@code SubmissionPublisher.subscribe} (on top of the stack, the publisher under it) is
         * wrapped by {@code FlowSubscribers}: the publisher signals it in its executor's threads.
         */
        SUBSCRIBER,
        /** {@code Weft.shutdownHookAdded} of the thread on top of the stack, then the call ({@code Runtime.addShutdownHook}). */
        SHUTDOWN_HOOK,
        /**
         * The call, made through {@code HttpServers} with the receiver first ({@code HttpServer.start},
         * {@code createContext}, {@code HttpContext.setHandler}): the JDK's HTTP server runs handlers in threads it starts.
         */
        HTTP_SERVER,
        /**
         * The call, made through {@code HandedOffSpliterators} (the receiver first, if any): a stream made from the
         * application's spliterator ({@code StreamSupport.stream}...) or an application collection's
         * ({@code stream()}, {@code parallelStream()}), whose parts a parallel stream hands to the common pool.
         */
        SPLITERATOR_SOURCE
    }

    /** A decision: the kind, and for {@link Kind#CALL} the {@link HandOffCalls} plan bits. */
    record Rewrite(Kind kind, int plan) {
        static final Rewrite NONE = new Rewrite(Kind.NONE, 0);

        static Rewrite of(Kind kind) {
            return new Rewrite(kind, 0);
        }

        /**
         * Whether the call checks the contents of a collection receiver ({@link ContentsCalls}) or of its first
         * argument ({@link HandOffCalls#CONTENTS_ARGUMENT}).
         */
        boolean checksContents() {
            return kind == Kind.CALL && (plan & (CONTENTS | HandOffCalls.CONTENTS_ARGUMENT)) != 0;
        }

        /** Whether the call checks the contents of its receiver. */
        boolean checksReceiver() {
            return kind == Kind.CALL && (plan & CONTENTS) != 0;
        }

        /** Whether the call checks the contents of its first argument (of a static call, its second). */
        boolean checksArgument() {
            return kind == Kind.CALL && (plan & HandOffCalls.CONTENTS_ARGUMENT) != 0;
        }

        /** This rewrite without its receiver's contents check: {@link #NONE} when nothing else is left. */
        Rewrite withoutContents() {
            int rest = plan & ~(CONTENTS | HandOffCalls.CONTENTS_GIVEN);
            return kind == Kind.CALL && rest == 0 ? NONE : new Rewrite(kind, rest);
        }
    }

    private static final int CONTENTS = HandOffCalls.CONTENTS_READ | HandOffCalls.CONTENTS_WRITE;

    private static final String JUC = "java/util/concurrent/";
    private static final String LOCKS = "java/util/concurrent/locks/";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String UNSAFE = "sun/misc/Unsafe";
    private static final String COMPLETABLE_FUTURE = "java/util/concurrent/CompletableFuture";
    private static final Set<String> STREAMS = Set.of("java/util/stream/BaseStream", "java/util/stream/Stream",
            "java/util/stream/IntStream", "java/util/stream/LongStream", "java/util/stream/DoubleStream");
    private static final String MAKES_STREAM = "()Ljava/util/stream/Stream;";
    /** {@code Spliterator} and its primitive forms, whose {@code tryAdvance} and {@code forEachRemaining} move a cursor. */
    private static final Set<String> SPLITERATORS = Set.of("java/util/Spliterator", "java/util/Spliterator$OfPrimitive",
            "java/util/Spliterator$OfInt", "java/util/Spliterator$OfLong", "java/util/Spliterator$OfDouble");
    /** A descriptor of one reference argument returning a {@code boolean} or nothing: {@code tryAdvance(action)}... */
    private static final Pattern ONE_REFERENCE_ARGUMENT = Pattern.compile("\\(L[^;]+;\\)[ZV]");
    private static final String THREAD_BUILDER = "java/lang/Thread$Builder";
    private static final String STARTS_THREAD = "(Ljava/lang/Runnable;)Ljava/lang/Thread;";
    private static final String GETS_STATE = "()Ljava/lang/Thread$State;";
    /** The calls on an {@code HttpServer} made through {@code HttpServers}. */
    private static final Set<String> HTTP_SERVER_CALLS = Set.of("start()V",
            "createContext(Ljava/lang/String;Lcom/sun/net/httpserver/HttpHandler;)Lcom/sun/net/httpserver/HttpContext;");
    private static final String SETS_HANDLER = "(Lcom/sun/net/httpserver/HttpHandler;)V";
    /** {@code SubmissionPublisher.subscribe(Flow.Subscriber)}. */
    private static final String SUBSCRIBES = "(Ljava/util/concurrent/Flow$Subscriber;)V";
    /** {@code Gatherers.mapConcurrent(int, Function)}, JDK 24 and later. */
    static final String MAP_CONCURRENT = "(ILjava/util/function/Function;)Ljava/util/stream/Gatherer;";
    private static final String COMPLETION_HANDLER = "Ljava/nio/channels/CompletionHandler;";
    private static final String CYCLIC_BARRIER = "java/util/concurrent/CyclicBarrier";
    private static final String BARRIER_WITH_ACTION = "(ILjava/lang/Runnable;)V";
    private static final Set<String> FIELD_UPDATERS = Set.of("java/util/concurrent/atomic/AtomicIntegerFieldUpdater",
            "java/util/concurrent/atomic/AtomicLongFieldUpdater", "java/util/concurrent/atomic/AtomicReferenceFieldUpdater");
    /** The methods of atomics ({@code AtomicInteger}, {@code AtomicLongArray}...) with plain or opaque memory effects. */
    private static final Set<String> PLAIN_MODES = Set.of("getPlain", "setPlain", "getOpaque", "setOpaque");
    /** The calls of a {@code Lookup} that make a handle of a field: a {@code VarHandle}, a getter, a setter. */
    private static final Set<String> MAKES_FIELD_HANDLE = Set.of("findVarHandle", "findStaticVarHandle", "unreflectVarHandle",
            "findGetter", "findSetter", "findStaticGetter", "findStaticSetter", "unreflectGetter", "unreflectSetter");
    /** The calls of a {@code MethodHandle} that make another, which keeps a getter's or a setter's field. */
    private static final Set<String> DERIVES_HANDLE = Set.of("bindTo", "asType");
    private static final String FUTURE_TASK = "java/util/concurrent/FutureTask";
    /** The constructors of {@code FutureTask}: a callable, or a runnable and its result. */
    static final String FUTURE_OF_CALLABLE = "(Ljava/util/concurrent/Callable;)V";
    static final String FUTURE_OF_RUNNABLE = "(Ljava/lang/Runnable;Ljava/lang/Object;)V";
    private static final Set<String> SORTED_COLLECTIONS = Set.of(JUC + "PriorityBlockingQueue",
            JUC + "ConcurrentSkipListMap", JUC + "ConcurrentSkipListSet");
    private static final String LAST_COMPARATOR = "Ljava/util/Comparator;)V";
    /** The JDK's pools that take a thread factory, in a constructor or in {@code setThreadFactory}. */
    private static final Set<String> THREAD_POOLS = Set.of(JUC + "ThreadPoolExecutor", JUC + "ScheduledThreadPoolExecutor");
    static final String FORK_JOIN_POOL_WITH_FACTORY = "(ILjava/util/concurrent/ForkJoinPool$ForkJoinWorkerThreadFactory;"
            + "Ljava/lang/Thread$UncaughtExceptionHandler;Z)V";
    /** The ten-argument constructor of {@code ForkJoinPool} (JDK 9 and later): the factory second, as in the four-argument one. */
    static final String FORK_JOIN_POOL_WITH_FACTORY_AND_SIZES = "(ILjava/util/concurrent/ForkJoinPool$ForkJoinWorkerThreadFactory;"
            + "Ljava/lang/Thread$UncaughtExceptionHandler;ZIIILjava/util/function/Predicate;JLjava/util/concurrent/TimeUnit;)V";
    private static final String LAST_THREAD_FACTORY = "Ljava/util/concurrent/ThreadFactory;)V";
    private static final String RETURNS_THREAD_FACTORY = "()Ljava/util/concurrent/ThreadFactory;";
    static final String RETURNS_WORKER_FACTORY = "()Ljava/util/concurrent/ForkJoinPool$ForkJoinWorkerThreadFactory;";
    private static final String MAKES_CHANNEL_GROUP = "Ljava/util/concurrent/ThreadFactory;)Ljava/nio/channels/AsynchronousChannelGroup;";
    private static final String RETURNS_CLEANER = "Ljava/util/concurrent/ThreadFactory;)Ljava/lang/ref/Cleaner;";

    /** Owners that do not synchronize although they are in {@code java.util.concurrent}. */
    private static final Set<String> NOT_SYNCHRONIZING = Set.of(
            "java/util/concurrent/TimeUnit", "java/util/concurrent/ThreadLocalRandom",
            "java/util/concurrent/Executors");

    /** Owners whose receiver synchronizes or not, which is checked at run time. */
    private static final Set<String> MAYBE_SYNCHRONIZING = Set.of(
            "java/lang/Iterable", "java/util/Collection", "java/util/List", "java/util/Set", "java/util/SortedSet",
            "java/util/NavigableSet", "java/util/Queue", "java/util/Deque", "java/util/Map", "java/util/SortedMap",
            "java/util/NavigableMap", "java/util/Iterator", "java/util/ListIterator", "java/util/Enumeration", "java/util/Spliterator",
            "java/util/Dictionary", "java/util/AbstractCollection", "java/util/AbstractList",
            "java/util/AbstractSet", "java/util/AbstractQueue", "java/util/AbstractMap",
            "java/util/Vector", "java/util/Stack", "java/util/Hashtable", "java/util/Properties",
            "java/lang/StringBuffer",
            "java/lang/AutoCloseable"); // close() of an executor (JDK 19+) or a structured task scope held as a resource of any kind

    /**
     * The {@code Collections} methods besides {@code unmodifiable*} whose result passes its calls on to the collection or
     * map given: it shares that one's sync object ({@code newSetFromMap(new ConcurrentHashMap<>())}).
     */
    private static final Set<String> VIEWS_OF_COLLECTIONS = Set.of("newSetFromMap", "asLifoQueue", "enumeration");

    private static final Set<String> CONDITIONS = Set.of(
            "java/util/concurrent/locks/Condition",
            "java/util/concurrent/locks/AbstractQueuedSynchronizer$ConditionObject",
            "java/util/concurrent/locks/AbstractQueuedLongSynchronizer$ConditionObject");

    /** Methods that return an object sharing the receiver's sync object: views, iterators, stages. */
    private static final Set<String> SHARING_RESULT = Set.of(
            "keySet", "values", "entrySet", "keys", "elements", "iterator", "listIterator", "descendingIterator",
            "spliterator", "navigableKeySet", "descendingKeySet", "descendingMap", "descendingSet",
            "headMap", "tailMap", "subMap", "headSet", "tailSet", "subSet", "subList",
            "reversed", // JDK 21: the reversed view of a concurrent deque, list, sorted set or map walks the live collection
            "toCompletableFuture", "copy", "minimalCompletionStage", "newIncompleteFuture",
            "orTimeout", "completeOnTimeout",
            "consume"); // SubmissionPublisher.consume's future completes after the consumer's last run

    private static final Set<String> TASK_TYPES = Set.of(
            "java/lang/Runnable", "java/util/concurrent/Callable", "java/util/function/Supplier",
            "java/util/function/Function", "java/util/function/BiFunction", "java/util/function/Consumer",
            "java/util/function/BiConsumer");

    /**
     * The synchronizers an application builds its own locks and latches on ({@code class Sync extends
     * AbstractQueuedSynchronizer}, as their Javadoc shows): every call on one synchronizes, as on a lock.
     */
    private static final Set<String> QUEUED_SYNCHRONIZERS = Set.of("java.util.concurrent.locks.AbstractQueuedSynchronizer",
            "java.util.concurrent.locks.AbstractQueuedLongSynchronizer");
    /** Their protected methods that read or write the {@code volatile} state, which a subclass's overrides call. */
    private static final Set<String> QUEUED_SYNCHRONIZER_STATE = Set.of("getState", "setState", "compareAndSetState");

    /** Names of the methods of synchronizing JDK classes: an application class's call by another name is no candidate. */
    private static final Set<String> SYNCHRONIZING_METHOD_NAMES = methodNames(List.of(
            java.util.concurrent.ConcurrentHashMap.class, java.util.concurrent.ConcurrentSkipListMap.class,
            java.util.concurrent.LinkedBlockingDeque.class, java.util.concurrent.LinkedTransferQueue.class,
            java.util.concurrent.PriorityBlockingQueue.class, java.util.concurrent.CopyOnWriteArrayList.class,
            java.util.concurrent.CountDownLatch.class, java.util.concurrent.CyclicBarrier.class,
            java.util.concurrent.Phaser.class, java.util.concurrent.Semaphore.class,
            java.util.concurrent.Exchanger.class, java.util.concurrent.ScheduledThreadPoolExecutor.class,
            java.util.concurrent.ForkJoinPool.class, java.util.concurrent.CompletableFuture.class,
            java.util.concurrent.FutureTask.class, java.util.concurrent.CountedCompleter.class,
            java.util.concurrent.RecursiveTask.class, java.util.concurrent.atomic.AtomicLong.class,
            java.util.concurrent.atomic.AtomicReferenceArray.class, java.util.Vector.class,
            java.util.Hashtable.class, AbstractQueuedSynchronizer.class, AbstractQueuedLongSynchronizer.class,
            java.util.concurrent.SubmissionPublisher.class), // a Flow.Processor that extends it: submit, consume, close
            QUEUED_SYNCHRONIZER_STATE);

    /** The JDK collections an application subclass of which is checked as the collection when it overrides none of its methods. */
    private static final Set<String> SUBCLASSED_COLLECTIONS = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.ArrayDeque", "java.util.PriorityQueue", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.IdentityHashMap");

    private final CallSiteHooks types;
    private final boolean contents;
    private final Map<String, Optional<Class<?>>> applicationOwners = new HashMap<>();
    /** The JDK collection each application class seen as a call's owner extends, of {@link #SUBCLASSED_COLLECTIONS}; else {@code ""}. */
    private final Map<String, String> subclassedCollections = new HashMap<>();
    /** The answers given so far: a class's calls are asked about by several passes, and many repeat. */
    private final Map<Call, Rewrite> answers = new HashMap<>();

    /** A call as its instruction names it. */
    private record Call(int opcode, String owner, String name, String descriptor) { }

    /**
     * @param types    answers questions about the types of the class's loader
     * @param contents whether calls on the JDK's non-thread-safe collections check their contents (race detection)
     */
    HandOffSites(CallSiteHooks types, boolean contents) {
        this.types = types;
        this.contents = contents;
    }

    /**
     * How to rewrite this call.
     *
     * @param opcode     the invoke instruction
     * @param owner      the internal name of the call's owner type
     * @param name       the called method's name
     * @param descriptor the called method's descriptor
     * @return the rewrite, {@link Rewrite#NONE} to leave the call
     */
    Rewrite of(int opcode, String owner, String name, String descriptor) {
        Call call = new Call(opcode, owner, name, descriptor);
        Rewrite rewrite = answers.get(call);
        if (rewrite == null) {
            rewrite = answer(opcode, owner, name, descriptor);
            answers.put(call, rewrite);
        }
        return rewrite;
    }

    private Rewrite answer(int opcode, String owner, String name, String descriptor) {
        Rewrite rewrite = ofCall(opcode, owner, name, descriptor);
        boolean instanceCall = opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE;
        String contentsOwner = contents && instanceCall && rewrite.kind() == Kind.NONE ? collectionOwner(owner, name, descriptor) : owner;
        int access = contents && instanceCall && ContentsCalls.mayReach(contentsOwner) ? ContentsCalls.of(contentsOwner, name, descriptor) : 0;
        if (contents && instanceCall && isCollection(Type.getArgumentTypes(descriptor))
                && isCollection(new Type[] {Type.getObjectType(owner)})) {
            access |= HandOffCalls.CONTENTS_ARGUMENT; // addAll(other), putAll(other), containsAll(other), drainTo(list)...
        }
        if (contents) {
            access |= ContentsCalls.ofGiven(owner, name, descriptor); // String.join(", ", list), String.valueOf(map)...
            if (instanceCall && ContentsCalls.hashesKey(owner, name, descriptor)) {
                access |= HandOffCalls.CONTENTS_ARGUMENT; // map.get(listKey), set.add(list): its hashCode reads it
            }
            if (instanceCall && ContentsCalls.mayReach(owner) && name.equals("equals") && descriptor.equals("(Ljava/lang/Object;)Z")) {
                access |= HandOffCalls.CONTENTS_ARGUMENT; // list.equals(other) reads the other
            }
        }
        if (access != 0 && rewrite.kind() == Kind.SPLITERATOR_SOURCE) {
            rewrite = Rewrite.NONE; // a JDK collection's subclass: its contents are checked at the call instead
        }
        if (access == 0 || rewrite.kind() != Kind.CALL && rewrite.kind() != Kind.NONE) {
            return opcode == Opcodes.INVOKESTATIC && rewrite.kind() == Kind.CALL && (rewrite.plan() & CONTENTS) != 0
                    ? new Rewrite(Kind.CALL, rewrite.plan() | HandOffCalls.CONTENTS_GIVEN) : rewrite;
        }
        int plan = rewrite.plan() | access;
        return new Rewrite(Kind.CALL, opcode == Opcodes.INVOKESTATIC && (plan & CONTENTS) != 0 ? plan | HandOffCalls.CONTENTS_GIVEN : plan);
    }

    /**
     * Whether a call on an iterator that another thread may hold (read from a field, captured by a lambda) checks the
     * iterator's own state, with race detection: the calls without arguments of {@code Iterator} and
     * {@code ListIterator} ({@code next}, {@code hasNext}, {@code remove}, {@code previous}...), whose cursor is a field
     * of the JDK's iterator.
     */
    boolean steppedIteratorShared(String owner, String name, String descriptor) {
        return contents && descriptor.startsWith("()") && (owner.equals("java/util/Iterator") || owner.equals("java/util/ListIterator"))
                && !name.equals("hashCode") && !name.equals("toString") && !name.equals("getClass")
                && !name.equals("notify") && !name.equals("notifyAll") && !name.equals("wait");
    }

    /**
     * Whether a call is an iterator's {@code forEachRemaining(action)}, checked as a write of the iterator whatever the
     * receiver's source: it moves the cursor to the end in one call, so a second thread's drain of a shared iterator
     * races with it, and the call is rare enough (no {@code for} loop makes it) to pay a check where the iterator is the
     * method's own.
     */
    boolean drainsIterator(String owner, String name, String descriptor) {
        return contents && name.equals("forEachRemaining") && descriptor.equals("(Ljava/util/function/Consumer;)V")
                && (owner.equals("java/util/Iterator") || owner.equals("java/util/ListIterator"));
    }

    /**
     * Whether a call is a spliterator's {@code tryAdvance(action)} or {@code forEachRemaining(action)} (of
     * {@code Spliterator} or its primitive forms), checked as a write of the spliterator whatever the receiver's source,
     * as an iterator's {@code forEachRemaining}: each moves the JDK spliterator's cursor, so two threads taking elements
     * from one spliterator race. A loop over a spliterator of the method's own pays a check per element, but such loops
     * are rare in application code (a stream walks its spliterator inside the JDK).
     */
    boolean advancesSpliterator(String owner, String name, String descriptor) {
        return contents && (name.equals("tryAdvance") || name.equals("forEachRemaining")) && SPLITERATORS.contains(owner)
                && ONE_REFERENCE_ARGUMENT.matcher(descriptor).matches();
    }

    /** Whether such an iterator call moves the iterator (a write of it): {@code next}, {@code previous}, {@code remove}. */
    static boolean stepsIterator(String name) {
        return name.equals("next") || name.equals("previous") || name.equals("remove");
    }

    /**
     * Whether a string concatenation ({@code invokedynamic} of {@code StringConcatFactory.makeConcatWithConstants})
     * is linked by {@code HandOffCalls.concat}, which reads the contents of its collection arguments: with race
     * detection, when an argument is of a reference type other than {@code String} and the boxes.
     */
    boolean checksConcatenation(Handle bootstrap, String descriptor) {
        if (!contents || !bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")
                || !bootstrap.getName().equals("makeConcatWithConstants")) {
            return false;
        }
        for (Type argument : Type.getArgumentTypes(descriptor)) {
            if ((argument.getSort() == Type.OBJECT || argument.getSort() == Type.ARRAY)
                    && !argument.getInternalName().startsWith("java/lang/") || argument.getDescriptor().equals("Ljava/lang/Object;")
                    || argument.getDescriptor().equals("Ljava/lang/StringBuilder;") || argument.getDescriptor().equals("Ljava/lang/Iterable;")
                    || argument.getDescriptor().equals("Ljava/lang/CharSequence;")) {
                return true;
            }
        }
        return false;
    }

    private Rewrite ofCall(int opcode, String owner, String name, String descriptor) {
        Rewrite passedTasks = name.equals("<init>") ? null : ofPassedTasks(opcode, owner, name, descriptor);
        if (passedTasks != null) {
            return passedTasks;
        }
        if (opcode == Opcodes.INVOKESTATIC) {
            return ofStatic(owner, name, descriptor);
        }
        if (name.equals("<init>")) {
            return owner.equals(CYCLIC_BARRIER) && descriptor.equals(BARRIER_WITH_ACTION) ? Rewrite.of(Kind.BARRIER)
                    : owner.startsWith("java/") && Type.getArgumentTypes(descriptor).length == 1
                            && isCollection(Type.getArgumentTypes(descriptor)) ? Rewrite.of(Kind.COPY)
                    : contents && copiesText(owner, descriptor) ? Rewrite.of(Kind.COPY)
                    : owner.equals(FUTURE_TASK) && (descriptor.equals(FUTURE_OF_CALLABLE)
                            || descriptor.equals(FUTURE_OF_RUNNABLE)) ? Rewrite.of(Kind.FUTURE_TASK)
                    : SORTED_COLLECTIONS.contains(owner) && descriptor.endsWith(LAST_COMPARATOR) ? Rewrite.of(Kind.COMPARATOR)
                    : THREAD_POOLS.contains(owner) ? Rewrite.of(Kind.THREAD_POOL)
                    : owner.equals(JUC + "ForkJoinPool") && (descriptor.equals(FORK_JOIN_POOL_WITH_FACTORY)
                            || descriptor.equals(FORK_JOIN_POOL_WITH_FACTORY_AND_SIZES)) ? Rewrite.of(Kind.FORK_JOIN_FACTORY)
                    : Rewrite.NONE;
        }
        if (owner.startsWith("[")) {
            return Rewrite.NONE;
        }
        if (owner.equals(VAR_HANDLE)) {
            return opcode == Opcodes.INVOKEVIRTUAL && isAccessMode(name) ? Rewrite.of(Kind.VAR_HANDLE) : Rewrite.NONE;
        }
        if (owner.equals("java/lang/invoke/MethodHandle") && (name.equals("invokeExact") || name.equals("invoke"))) {
            return contents && opcode == Opcodes.INVOKEVIRTUAL ? Rewrite.of(Kind.METHOD_HANDLE) : Rewrite.NONE;
        }
        if (owner.equals("java/lang/invoke/MethodHandle") && DERIVES_HANDLE.contains(name)) {
            return contents && opcode == Opcodes.INVOKEVIRTUAL ? Rewrite.of(Kind.FIELD_HANDLE) : Rewrite.NONE;
        }
        if (owner.equals("java/lang/invoke/MethodHandles$Lookup") && MAKES_FIELD_HANDLE.contains(name)) {
            return Rewrite.of(Kind.FIELD_HANDLE);
        }
        if (name.equals("newCondition") && descriptor.equals("()L" + LOCKS + "Condition;") && types.isLock(owner)) {
            // also through a library's or the program's subclass (commons-pool2's InterruptibleReentrantLock)
            return new Rewrite(Kind.CALL, HandOffCalls.SHARE_RESULT);
        }
        if (owner.startsWith(LOCKS)) {
            return ofLocks(owner, name, descriptor);
        }
        if (name.equals("getThreadFactory") && descriptor.equals(RETURNS_THREAD_FACTORY)
                || name.equals("getFactory") && descriptor.equals(RETURNS_WORKER_FACTORY)) {
            return Rewrite.of(Kind.FACTORY_GETTER); // any owner: a pool subclass's own call too
        }
        if (name.equals("setThreadFactory") && descriptor.endsWith(LAST_THREAD_FACTORY) && THREAD_POOLS.contains(owner)) {
            return Rewrite.of(Kind.THREAD_FACTORY); // pool.setThreadFactory(factory)
        }
        if (name.equals("subscribe") && descriptor.equals(SUBSCRIBES) && types.isA(owner, java.util.concurrent.SubmissionPublisher.class)) {
            return Rewrite.of(Kind.SUBSCRIBER);
        }
        if (owner.startsWith(JUC)) {
            return NOT_SYNCHRONIZING.contains(owner) ? Rewrite.NONE : ofSynchronizing(jdkClass(owner), name, descriptor);
        }
        if (MAYBE_SYNCHRONIZING.contains(owner)) {
            return ofSynchronizing(jdkClass(owner), name, descriptor);
        }
        if (owner.equals("java/util/Map$Entry") && name.equals("setValue")) {
            return ofSynchronizing(java.util.Map.Entry.class, name, descriptor); // a ConcurrentHashMap's entry puts into its map
        }
        if (STREAMS.contains(owner)) {
            return Rewrite.of(Kind.SUBMIT); // a parallel stream's functions run in other threads
        }
        if (owner.startsWith(THREAD_BUILDER) && name.equals("start") && descriptor.equals(STARTS_THREAD)) {
            return Rewrite.of(Kind.SUBMIT); // Thread.ofVirtual().start(task), Thread.ofPlatform().start(task)
        }
        if (HTTP_SERVER_CALLS.contains(name + descriptor) && types.isA(owner, "com/sun/net/httpserver/HttpServer")
                || name.equals("setHandler") && descriptor.equals(SETS_HANDLER) && types.isA(owner, "com/sun/net/httpserver/HttpContext")) {
            return Rewrite.of(Kind.HTTP_SERVER);
        }
        if (owner.equals("java/lang/Runtime") && name.equals("addShutdownHook")) {
            return Rewrite.of(Kind.SHUTDOWN_HOOK);
        }
        if (owner.equals("java/lang/ref/Cleaner") && name.equals("register")
                || owner.startsWith("java/nio/channels/Asynchronous") && descriptor.contains(COMPLETION_HANDLER)) {
            // a cleaning action runs in the cleaner's thread, a completion handler in the channel group's: both the JDK starts
            return Rewrite.of(Kind.SUBMIT);
        }
        if (owner.equals(UNSAFE)) {
            return ofUnsafe(name, descriptor);
        }
        if (owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/") || owner.startsWith("sun/")) {
            return ofThread(owner, name, descriptor);
        }
        Class<?> jdkSuperclass = SYNCHRONIZING_METHOD_NAMES.contains(name) ? synchronizingSuperclass(owner) : null;
        if (jdkSuperclass != null) {
            return ofSynchronizing(jdkSuperclass, name, descriptor);
        }
        boolean ownStream = opcode != Opcodes.INVOKESPECIAL && (name.equals("stream") || name.equals("parallelStream"))
                && descriptor.equals(MAKES_STREAM) && types.isA(owner, "java/util/Collection");
        return ownStream ? Rewrite.of(Kind.SPLITERATOR_SOURCE) : ofThread(owner, name, descriptor); // an application collection's
    }

    /**
     * A call that passes tasks the JDK runs: {@code ForkJoinPool.invoke/submit/execute(ForkJoinTask)},
     * {@code ForkJoinTask.invokeAll} (also named through a subclass), {@code Timer.schedule*(TimerTask..)};
     * else {@code null}.
     */
    private Rewrite ofPassedTasks(int opcode, String owner, String name, String descriptor) {
        String parameters = descriptor.substring(0, descriptor.indexOf(')'));
        if (owner.equals("java/util/Timer")) {
            return parameters.contains("Ljava/util/TimerTask;") ? new Rewrite(Kind.TASKS, 0) : null;
        }
        if (opcode == Opcodes.INVOKESTATIC) {
            boolean forkJoinTask = owner.equals(JUC + "ForkJoinTask")
                    || !owner.startsWith("java/") && name.equals("invokeAll") && isForkJoinTask(types.jdkSuperclass(owner));
            return forkJoinTask && name.equals("invokeAll") ? new Rewrite(Kind.TASKS, 1) : null;
        }
        if (!parameters.contains("L" + JUC + "ForkJoinTask;")) {
            return null;
        }
        boolean pool = owner.equals(JUC + "ForkJoinPool")
                || !owner.startsWith("java/") && "java.util.concurrent.ForkJoinPool".equals(types.jdkSuperclass(owner));
        return pool ? new Rewrite(Kind.TASKS, name.equals("invoke") ? 1 : 0) : null;
    }

    private static boolean isForkJoinTask(String jdkClass) {
        return jdkClass != null && (jdkClass.equals("java.util.concurrent.RecursiveTask")
                || jdkClass.equals("java.util.concurrent.RecursiveAction")
                || jdkClass.equals("java.util.concurrent.CountedCompleter")
                || jdkClass.equals("java.util.concurrent.ForkJoinTask"));
    }

    private Rewrite ofStatic(String owner, String name, String descriptor) {
        if (owner.equals("java/lang/invoke/MethodHandles") && (name.equals("arrayElementGetter") || name.equals("arrayElementSetter"))) {
            return contents ? Rewrite.of(Kind.FIELD_HANDLE) : Rewrite.NONE; // the handle's calls access the elements
        }
        if (owner.equals(JUC + "Executors")) {
            boolean modelled = name.equals("newFixedThreadPool") || name.equals("newSingleThreadExecutor")
                    || name.equals("newCachedThreadPool") || name.equals("newScheduledThreadPool")
                    || name.equals("newSingleThreadScheduledExecutor") || name.equals("newVirtualThreadPerTaskExecutor")
                    || name.equals("newThreadPerTaskExecutor");
            return modelled ? Rewrite.of(Kind.POOL) : Rewrite.NONE;
        }
        if (owner.equals(COMPLETABLE_FUTURE)) {
            boolean submits = name.equals("supplyAsync") || name.equals("runAsync")
                    || name.equals("allOf") || name.equals("anyOf");
            return submits ? Rewrite.of(Kind.SUBMIT)
                    : name.equals("delayedExecutor") ? Rewrite.of(Kind.POOL) // its delays in the model's virtual time
                    : Rewrite.NONE;
        }
        if (owner.equals("java/util/stream/StreamSupport")
                || STREAMS.contains(owner) && (name.equals("iterate") || name.equals("generate"))) {
            return Rewrite.of(Kind.SPLITERATOR_SOURCE); // the JDK forks the parts of a source that runs application code
        }
        if (owner.equals("java/util/stream/Gatherers") && name.equals("mapConcurrent")
                && descriptor.equals(MAP_CONCURRENT)) {
            return Rewrite.of(Kind.GATHERER);
        }
        if (owner.equals("java/lang/ref/Cleaner") && name.equals("create") && descriptor.endsWith(RETURNS_CLEANER)) {
            return Rewrite.of(Kind.THREAD_FACTORY); // its thread runs the cleaning actions
        }
        if (owner.equals("java/nio/channels/AsynchronousChannelGroup") && name.equals("withFixedThreadPool")
                && descriptor.endsWith(MAKES_CHANNEL_GROUP)) {
            return Rewrite.of(Kind.THREAD_FACTORY); // its threads run the completion handlers
        }
        if (FIELD_UPDATERS.contains(owner) && name.equals("newUpdater")) {
            return Rewrite.of(Kind.FIELD_UPDATER);
        }
        boolean copies = (owner.equals("java/util/List") || owner.equals("java/util/Set") || owner.equals("java/util/Map"))
                && name.equals("copyOf");
        if (copies || owner.equals("java/util/Collections") && isCollection(Type.getArgumentTypes(descriptor))) {
            // the call reads (or fills) its first argument: release and acquire it as a call on it would
            boolean view = name.startsWith("unmodifiable") || VIEWS_OF_COLLECTIONS.contains(name); // shares the collection's sync object
            return new Rewrite(Kind.CALL, HandOffCalls.EDGES | (view ? HandOffCalls.SHARE_RESULT : 0)
                    | (contents ? ContentsCalls.ofStatic(owner, name) : 0));
        }
        if (owner.equals("java/util/Arrays") && name.startsWith("parallel")
                || owner.equals("java/util/stream/Collectors") && HandOffCalls.CONCURRENT_COLLECTORS.contains(name)
                || owner.equals(JUC + "ForkJoinTask") && (name.equals("adapt") || name.equals("helpQuiesce"))) {
            // Arrays' parallel operations run in the common pool; an adapted task in a pool; helpQuiesce runs tasks
            return Rewrite.of(Kind.SUBMIT);
        }
        if (owner.equals("java/lang/Thread") && name.equals("startVirtualThread")) {
            return Rewrite.of(Kind.SUBMIT);
        }
        if ((owner.equals("javax/swing/SwingUtilities") || owner.equals("java/awt/EventQueue"))
                && (name.equals("invokeLater") || name.equals("invokeAndWait"))) {
            return Rewrite.of(Kind.SUBMIT); // the task runs in the event dispatch thread, which the JDK starts
        }
        if (owner.equals(LOCKS + "LockSupport")) {
            return name.equals("unpark") ? Rewrite.of(Kind.RELEASE_THREAD)
                    : name.startsWith("park") ? Rewrite.of(Kind.ACQUIRE_CURRENT_THREAD)
                    : Rewrite.NONE;
        }
        if (owner.equals(VAR_HANDLE)) {
            return name.endsWith("Fence") && descriptor.equals("()V") ? Rewrite.of(Kind.FENCE) : Rewrite.NONE;
        }
        if (name.equals("interrupted") && descriptor.equals("()Z") && types.isThread(owner)) {
            return Rewrite.of(Kind.INTERRUPTED);
        }
        return Rewrite.NONE;
    }

    private Rewrite ofLocks(String owner, String name, String descriptor) {
        if (QUEUED_SYNCHRONIZERS.contains(owner.replace('/', '.'))) {
            return ofSynchronizing(jdkClass(owner), name, descriptor);
        }
        if (CONDITIONS.contains(owner)) {
            return new Rewrite(Kind.CALL, name.startsWith("await") ? HandOffCalls.AWAIT : HandOffCalls.EDGES);
        }
        if (owner.equals(LOCKS + "StampedLock")) {
            // a conversion to an optimistic read gives the lock up and begins one: its reads are validated as well
            int optimistic = switch (name) {
                case "tryOptimisticRead" -> HandOffCalls.OPTIMISTIC_BEGIN;
                case "tryConvertToOptimisticRead" -> HandOffCalls.OPTIMISTIC_END | HandOffCalls.OPTIMISTIC_BEGIN;
                default -> HandOffCalls.OPTIMISTIC_END;
            };
            return new Rewrite(Kind.CALL, HandOffCalls.EDGES | HandOffCalls.STAMPED | optimistic);
        }
        return Rewrite.NONE;
    }

    /**
     * A call on {@code sun.misc.Unsafe} with memory effects, through which lock-free libraries (JCTools, Netty's copy of
     * it...) hand objects over: a {@code volatile} or ordered access or an atomic update of an object's field or
     * element ({@link HandOffCalls#UNSAFE_OBJECT}), whose offsets {@code objectFieldOffset} makes; a fence, as a
     * {@code VarHandle}'s, releases and acquires one global object. Plain accesses synchronize nothing.
     */
    static Rewrite ofUnsafe(String name, String descriptor) {
        if (name.endsWith("Fence") && descriptor.equals("()V")) {
            return Rewrite.of(Kind.FENCE);
        }
        if (name.equals("objectFieldOffset") && descriptor.equals("(Ljava/lang/reflect/Field;)J")) {
            return Rewrite.of(Kind.FIELD_OFFSET);
        }
        boolean synchronizing = name.endsWith("Volatile") || name.startsWith("putOrdered") || name.startsWith("compareAndSwap")
                || name.startsWith("getAndAdd") || name.startsWith("getAndSet");
        return synchronizing && descriptor.startsWith("(Ljava/lang/Object;J") ? new Rewrite(Kind.CALL, HandOffCalls.UNSAFE_OBJECT) : Rewrite.NONE;
    }

    private Rewrite ofThread(String owner, String name, String descriptor) {
        boolean candidate = descriptor.equals("()V") && name.equals("interrupt")
                || descriptor.equals("()Z") && (name.equals("isInterrupted") || name.equals("isAlive"))
                || descriptor.equals(GETS_STATE) && name.equals("getState");
        if (!candidate || !types.isThread(owner)) {
            return Rewrite.NONE;
        }
        return name.equals("interrupt") ? Rewrite.of(Kind.RELEASE_THREAD)
                : name.equals("isAlive") ? Rewrite.of(Kind.ALIVE_SEEN)
                : name.equals("getState") ? Rewrite.of(Kind.STATE_SEEN)
                : Rewrite.of(Kind.INTERRUPT_SEEN);
    }

    /**
     * A call on an object that may synchronize: a submission when it hands over a task, otherwise a call
     * with edges, whose result shares the receiver's sync object when the method makes a view or a stage.
     *
     * @param jdkOwner the owner's class, or the nearest JDK superclass of an application class
     */
    private Rewrite ofSynchronizing(Class<?> jdkOwner, String name, String descriptor) {
        if (PLAIN_MODES.contains(name) && jdkOwner.getName().startsWith("java.util.concurrent.atomic.")) {
            return Rewrite.NONE; // an atomic's plain and opaque modes synchronize nothing
        }
        if (submits(jdkOwner, name, descriptor)) {
            return Rewrite.of(Kind.SUBMIT);
        }
        boolean sharing = SHARING_RESULT.contains(name) && Type.getReturnType(descriptor).getSort() == Type.OBJECT;
        boolean takesCollections = Type.getArgumentTypes(descriptor).length > 0
                && isCollection(new Type[] {Type.getArgumentTypes(descriptor)[0]}); // addAll(queue), putAll(map)
        boolean continued = (name.equals("nextComplete") || name.equals("firstComplete"))
                && java.util.concurrent.CountedCompleter.class.isAssignableFrom(jdkOwner); // the caller completes the task returned
        return new Rewrite(Kind.CALL, HandOffCalls.EDGES | (sharing ? HandOffCalls.SHARE_RESULT : 0)
                | (continued ? HandOffCalls.ACQUIRE_RESULT : 0)
                | (takesCollections ? HandOffCalls.ARGUMENTS : 0)
                | (runsFunctions(descriptor) ? HandOffCalls.INLINE : 0)
                | (isOwnSyncObject(jdkOwner) ? HandOffCalls.SELF : 0)
                | (FIELD_UPDATERS.contains(Type.getInternalName(jdkOwner)) ? HandOffCalls.FIELD : 0));
    }

    /**
     * Whether every object of this static type synchronizes and is its own sync object: a thread-safe JDK
     * class (not an interface, which a {@code HashMap} or a view may implement), neither a future, a stage
     * nor a barrier or a phaser (which may share another's sync object), nor a view or iterator (nested classes).
     */
    private static boolean isOwnSyncObject(Class<?> type) {
        String name = type.getName();
        boolean threadSafe = name.startsWith("java.util.concurrent.") || type == java.util.Vector.class
                || type == java.util.Stack.class || type == java.util.Hashtable.class
                || type == java.util.Properties.class || type == StringBuffer.class;
        return threadSafe && !type.isInterface() && name.indexOf('$') < 0
                && !Throwable.class.isAssignableFrom(type)
                && !java.util.concurrent.Future.class.isAssignableFrom(type)
                && !CompletionStage.class.isAssignableFrom(type)
                && !java.util.concurrent.CyclicBarrier.class.isAssignableFrom(type)
                && !java.util.concurrent.Phaser.class.isAssignableFrom(type); // a tiered phaser's is its root's
    }

    private static boolean submits(Class<?> jdkOwner, String name, String descriptor) {
        if (name.equals("remove")) {
            return false; // ThreadPoolExecutor.remove(task) finds the task by identity
        }
        boolean handsOver = Executor.class.isAssignableFrom(jdkOwner)
                || CompletionStage.class.isAssignableFrom(jdkOwner)
                || name.equals("fork") && isStructuredTaskScope(jdkOwner)
                || CompletionService.class.isAssignableFrom(jdkOwner)
                || jdkOwner == ConcurrentHashMap.class && descriptor.startsWith("(J"); // parallel bulk operations
        if (!handsOver) {
            return false;
        }
        boolean taskCollection = name.equals("invokeAll") || name.equals("invokeAny");
        for (Type parameter : Type.getArgumentTypes(descriptor)) {
            String type = parameter.getSort() == Type.OBJECT ? parameter.getInternalName() : "";
            if (TASK_TYPES.contains(type) || taskCollection && type.equals("java/util/Collection")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the type is (or extends) {@code java.util.concurrent.StructuredTaskScope} (a preview API of
     * JDK 21 and later, a class until JDK 24 and an interface since): its {@code fork} starts a virtual thread
     * for the task inside the JDK, its {@code join} waits for them.
     */
    private static boolean isStructuredTaskScope(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("java.util.concurrent.StructuredTaskScope")
                    || Arrays.stream(c.getInterfaces()).anyMatch(i -> i.getName().equals("java.util.concurrent.StructuredTaskScope"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the call takes a function it runs itself ({@code compute}, {@code updateAndGet}, {@code removeIf}...). */
    private static boolean runsFunctions(String descriptor) {
        for (Type parameter : Type.getArgumentTypes(descriptor)) {
            if (parameter.getSort() == Type.OBJECT && (parameter.getInternalName().startsWith("java/util/function/")
                    || parameter.getInternalName().equals("java/util/Comparator"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the call may interrupt threads the JDK runs tasks in, without naming them: {@code shutdownNow()} of an
     * executor, {@code cancel(true)} of a future (the argument is not known here: {@code cancel(false)} too).
     */
    boolean interruptsWorkers(String owner, String name, String descriptor) {
        boolean shutdownNow = name.equals("shutdownNow") && descriptor.equals("()Ljava/util/List;");
        boolean cancel = name.equals("cancel") && descriptor.equals("(Z)Z");
        if (!shutdownNow && !cancel) {
            return false;
        }
        Class<?> jdkOwner = owner.startsWith(JUC) ? jdkClass(owner) : synchronizingSuperclass(owner);
        return jdkOwner != null && (shutdownNow ? java.util.concurrent.ExecutorService.class : java.util.concurrent.Future.class)
                .isAssignableFrom(jdkOwner);
    }

    /**
     * The JDK collection class whose calls a call through {@code owner} is checked as: {@code owner} itself, or for an
     * application class that extends one of the collections an unchanged subclass of which is checked
     * ({@code dev.weft.runtime.CollectionSubclasses}: {@code Cart cart; cart.add(x)} with {@code class Cart extends
     * ArrayList}), that collection, when the called method is one of its public ones. The runtime checks the receiver's
     * class, so a subclass that overrides a method is still left alone; the subclass's own methods are never checked.
     */
    private String collectionOwner(String owner, String name, String descriptor) {
        if (owner.startsWith("java/") || owner.startsWith("[") || ContentsCalls.mayReach(owner)) {
            return owner;
        }
        String base = subclassedCollections.computeIfAbsent(owner, o -> {
            String jdk = types.jdkSuperclass(o);
            return jdk != null && SUBCLASSED_COLLECTIONS.contains(jdk) ? jdk.replace('.', '/') : "";
        });
        return !base.isEmpty() && hasPublicMethod(jdkClass(base), name, descriptor) ? base : owner;
    }

    private static boolean hasPublicMethod(Class<?> type, String name, String descriptor) {
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getName().equals(name)
                    && Type.getMethodDescriptor(method).equals(descriptor)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest JDK superclass of an application class when it synchronizes, else {@code null}. */
    private Class<?> synchronizingSuperclass(String owner) {
        return applicationOwners.computeIfAbsent(owner, o -> {
            String jdk = types.jdkSuperclass(o);
            boolean synchronizing = jdk != null
                    && (jdk.startsWith("java.util.concurrent.") && !jdk.startsWith("java.util.concurrent.locks.")
                        || QUEUED_SYNCHRONIZERS.contains(jdk) || jdk.equals("java.util.Vector") || jdk.equals("java.util.Hashtable"));
            return synchronizing ? Optional.of(jdkClass(jdk.replace('.', '/'))) : Optional.empty();
        }).orElse(null);
    }

    /** Whether these are the parameters of a call whose first (or only) one is a collection or a map. */
    /**
     * Whether a constructor copies the text of a builder it is given: {@code new String(builder)},
     * {@code new StringBuilder(text)}, {@code new StringBuffer(text)} (a read of the builder's contents, as a copy
     * of a collection reads its elements).
     */
    private static boolean copiesText(String owner, String descriptor) {
        return owner.equals("java/lang/String") && descriptor.equals("(Ljava/lang/StringBuilder;)V")
                || (owner.equals("java/lang/StringBuilder") || owner.equals("java/lang/StringBuffer"))
                        && descriptor.equals("(Ljava/lang/CharSequence;)V");
    }

    private static boolean isCollection(Type[] parameters) {
        if (parameters.length == 0 || parameters[0].getSort() != Type.OBJECT) {
            return false;
        }
        String name = parameters[0].getInternalName();
        if (!name.startsWith("java/util/")) {
            return false;
        }
        Class<?> type = jdkClass(name);
        return java.util.Collection.class.isAssignableFrom(type) || java.util.Map.class.isAssignableFrom(type);
    }

    private static boolean isAccessMode(String name) {
        try {
            VarHandle.AccessMode.valueFromMethodName(name);
            return true;
        } catch (IllegalArgumentException notAnAccessMode) {
            return false;
        }
    }

    /** The JDK class of this internal name, or {@code Object} when there is none. */
    private static Class<?> jdkClass(String owner) {
        try {
            return Class.forName(owner.replace('/', '.'), false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }

    private static Set<String> methodNames(List<Class<?>> types, Set<String> others) {
        Set<String> names = new HashSet<>(others);
        for (Class<?> type : types) {
            for (Method method : type.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
                    names.add(method.getName());
                }
            }
        }
        return Set.copyOf(names);
    }
}
