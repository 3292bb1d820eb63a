package dev.weft.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatException;
import java.lang.invoke.StringConcatFactory;
import java.lang.invoke.VarHandle;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.locks.StampedLock;
import java.util.function.UnaryOperator;

/**
 * The {@code invokedynamic} bootstrap methods of the calls that hand things over between threads: calls
 * on {@code java.util.concurrent} objects and the like, {@code VarHandle} accesses, and task submissions.
 *
 * <p>Instrumentation replaces such an {@code invokevirtual}/{@code invokeinterface} (or
 * {@code invokestatic}) with an {@code invokedynamic} of the same descriptor, the receiver first, whose
 * bootstrap gets the original method as a method handle constant (resolved with the caller's access, as
 * the instruction was). The linked handle reports {@code releasing} of the receiver's sync object (see
 * {@link SyncObjects}), calls the method, and reports {@code acquired} of it when the method returns or
 * throws: one mechanism for every signature, which the JIT inlines. In a controlled run, a blocking call
 * ({@code CountDownLatch.await}, {@code BlockingQueue.take}...) is made through {@link BlockingCalls}. Unless the call's static type settles
 * it ({@link #SELF}), a class check on each call decides whether the receiver synchronizes, so a
 * {@code java.util.Map} call site gives edges for a {@code ConcurrentHashMap} and none for a {@code HashMap}.
 *
 * <p><b>Important</b>: a bootstrap never fails because of weft: if the adapted handle cannot be built,
 * the call site links to the original method alone.
 */
public final class HandOffCalls {

    /**
     * The methods of {@code Collectors} that make a concurrent collector, whose functions a parallel stream runs on
     * one shared {@code ConcurrentHashMap} from several threads, inside the map's own calls made by the JDK
     * ({@code merge}, {@code computeIfAbsent}): a submission wraps them as an inline call's (see {@link Submission}).
     */
    public static final java.util.Set<String> CONCURRENT_COLLECTORS = java.util.Set.of("toConcurrentMap", "groupingByConcurrent");

    /** Plan bit: release the receiver's sync object before the call, acquire it after. */
    public static final int EDGES = 1;
    /** Plan bit: the returned object (a view, an iterator, a stage, a condition) shares the receiver's sync object. */
    public static final int SHARE_RESULT = 2;
    /** Plan bit: the receiver is a {@code Condition} and the call an {@code await}, which releases its lock. */
    public static final int AWAIT = 4;
    /**
     * Plan bit, with {@link #EDGES}: the receiver is known to synchronize and to be its own sync object
     * (its static type is a thread-safe JDK class that shares no other's), so it is not checked.
     */
    public static final int SELF = 8;
    /**
     * Plan bit, with {@link #EDGES}: the call runs functions it is passed inside itself ({@code compute},
     * {@code merge}, {@code updateAndGet}...); they are wrapped to acquire the receiver's sync object when
     * they begin and release it when they end (see {@link Submission}).
     */
    public static final int INLINE = 16;
    /**
     * Plan bit: the call is a {@code StampedLock}'s {@code tryOptimisticRead} or {@code tryConvertToOptimisticRead},
     * after which the thread's reads are not checked until its next call on that {@code StampedLock}
     * ({@link #OPTIMISTIC_END}).
     */
    public static final int OPTIMISTIC_BEGIN = 32;
    /** Plan bit: the call ({@code validate}, {@code readLock}...) ends the thread's optimistic read of its lock, if any. */
    public static final int OPTIMISTIC_END = 64;

    /**
     * Plan bit: the receiver is a field updater, whose calls are also a write and a read of its
     * {@code volatile} field of their first argument (see {@link FieldHandles}).
     */
    public static final int FIELD = 128;

    /**
     * Plan bit: the call's arguments after the receiver that are collections or maps ({@code addAll(queue)})
     * are released before the call and acquired after, as the receiver is: the call reads or fills them.
     */
    public static final int ARGUMENTS = 256;

    /**
     * Plan bit, with {@link #EDGES}: the receiver is a {@code StampedLock}, whose read-mode calls
     * ({@code readLock}, {@code unlockRead}, {@code tryOptimisticRead}, {@code validate}...) release in shared
     * mode and whose calls that return a write stamp also acquire in exclusive mode (see
     * {@link Listener#releasingShared}): two readers are not ordered by their stamps.
     */
    public static final int STAMPED = 512;

    /**
     * Plan bit: the call reads the contents of its receiver when that is one of the JDK's non-thread-safe
     * collections (a class check on each call, see {@link CollectionContents}): {@code get}, {@code size},
     * {@code iterator}...
     */
    public static final int CONTENTS_READ = 1024;

    /** Plan bit: as {@link #CONTENTS_READ}, for a call that changes the contents: {@code add}, {@code put}, {@code append}... */
    public static final int CONTENTS_WRITE = 2048;

    /**
     * Plan bit: the call reads the contents of its first argument, a collection or a map
     * ({@code list.addAll(other)}, {@code map.putAll(other)}, {@code containsAll}...; {@code drainTo} writes
     * them), when they are checked; linked by {@link #callTakingContents}, whose argument site names that access.
     */
    public static final int CONTENTS_ARGUMENT = 4096;

    /**
     * Plan bit, with {@link #CONTENTS_READ} or {@link #CONTENTS_WRITE}: the call is a static one given the
     * collection first ({@code Collections.sort(list)}, {@code String.valueOf(map)}), which is checked as an
     * argument ({@link CollectionContents#argumentRead}), not as a receiver.
     */
    public static final int CONTENTS_GIVEN = 8192;

    /**
     * Plan bit, alone: the call is a {@code sun.misc.Unsafe} access in a {@code volatile} or ordered mode
     * ({@code getObjectVolatile}, {@code putOrderedObject}, {@code compareAndSwapLong}, {@code getAndAddInt}...), whose
     * arguments after the receiver are the object it reads or writes and the offset: a {@code volatile} write of
     * the field at that offset before the call and a read after, or a release and an acquire of the object itself
     * ({@link UnsafeFields}; nothing for an absolute address, a {@code null} object).
     */
    public static final int UNSAFE_OBJECT = 16384;

    /**
     * Plan bit, with {@link #EDGES}: the call returns a task whose completion the caller goes on with
     * ({@code CountedCompleter.nextComplete()}, {@code firstComplete()}): that task's sync object is acquired after
     * the call too, which its other subtasks' completions released.
     */
    public static final int ACQUIRE_RESULT = 32768;

    private static final int CONTENTS = CONTENTS_READ | CONTENTS_WRITE | CONTENTS_GIVEN;

    private static final MethodHandle RELEASING;
    private static final MethodHandle ACQUIRED;
    private static final MethodHandle RELEASING_SELF;
    private static final MethodHandle RELEASING_KEYED;
    private static final MethodHandle UNSAFE_RELEASING;
    private static final MethodHandle UNSAFE_ACQUIRED;
    private static final MethodHandle ACQUIRED_SELF;
    private static final MethodHandle ACQUIRED_SHARING;
    private static final MethodHandle ACQUIRED_WITH_RESULT;
    private static final MethodHandle AWAITING;
    private static final MethodHandle AWOKE;
    private static final MethodHandle OPTIMISTIC_READ_BEGAN;
    private static final MethodHandle OPTIMISTIC_READ_ENDED;
    private static final MethodHandle ATOMIC_READING;
    private static final MethodHandle ATOMIC_WRITING;
    private static final MethodHandle IS_CONCURRENT_COLLECTION;
    /** Whether a class is of {@code java.util.concurrent} ({@link #isConcurrentCollection}). */
    private static final ClassValue<Boolean> CONCURRENT_COLLECTION = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getName().startsWith("java.util.concurrent.");
        }
    };
    private static final MethodHandle SUBMIT;
    private static final MethodHandle SYNCHRONIZES;
    private static final MethodHandle PASS_TASKS;
    private static final MethodHandle FIELD_RELEASING;
    private static final MethodHandle FIELD_ACQUIRED;
    private static final MethodHandle FIELD_ACCESSING;
    private static final MethodHandle ELEMENT_ACCESSING;
    private static final MethodHandle FIELD_INVOKING;
    private static final MethodHandle FIELD_INVOKED;
    private static final MethodHandle FIELD_HANDLE_MADE;
    private static final MethodHandle ELEMENT_HANDLE_MADE;
    private static final MethodHandle ELEMENT_INVOKING;
    private static final MethodHandle DERIVED_HANDLE_MADE;
    private static final MethodHandle STAMPED_RELEASING;
    private static final MethodHandle STAMPED_RELEASING_STAMP;
    private static final MethodHandle STAMPED_ACQUIRED_STAMP;
    private static final MethodHandle CONTENTS_READING;
    private static final MethodHandle CONTENTS_KEYED_READING;
    private static final MethodHandle OBJECT_READING;
    private static final MethodHandle OBJECT_WRITING;
    private static final MethodHandle CONTENTS_WRITING;
    private static final MethodHandle CONTENTS_ITERATING;
    private static final MethodHandle ARGUMENT_READ;
    private static final MethodHandle ARGUMENT_WRITTEN;
    private static final MethodHandle ARGUMENT_READ_FILTER;
    private static final MethodHandle ARGUMENTS_READ;
    private static final MethodHandle KEY_READ;
    private static final MethodHandle CONTENTS_SIZE;
    private static final MethodHandle CONTENTS_SIZED_CALL_ENDED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodType onReceiver = MethodType.methodType(void.class, Object.class, int.class);
            RELEASING = lookup.findStatic(HandOffCalls.class, "releasing", onReceiver);
            ACQUIRED = lookup.findStatic(HandOffCalls.class, "acquired", onReceiver);
            RELEASING_SELF = lookup.findStatic(Weft.class, "releasing", onReceiver);
            RELEASING_KEYED = lookup.findStatic(HandOffCalls.class, "releasingKeyed",
                    MethodType.methodType(void.class, Object.class, int.class, int.class, boolean.class));
            MethodType atOffset = MethodType.methodType(void.class, Object.class, long.class, int.class);
            UNSAFE_RELEASING = lookup.findStatic(UnsafeFields.class, "releasing", atOffset);
            UNSAFE_ACQUIRED = lookup.findStatic(UnsafeFields.class, "acquired", atOffset);
            ACQUIRED_SELF = lookup.findStatic(Weft.class, "acquired", onReceiver);
            AWAITING = lookup.findStatic(HandOffCalls.class, "awaiting", onReceiver);
            AWOKE = lookup.findStatic(HandOffCalls.class, "awoke", onReceiver);
            OPTIMISTIC_READ_BEGAN = lookup.findStatic(Weft.class, "optimisticReadBegan", onReceiver);
            OPTIMISTIC_READ_ENDED = lookup.findStatic(Weft.class, "optimisticReadEnded", onReceiver);
            ATOMIC_READING = lookup.findStatic(Weft.class, "atomicReading", onReceiver);
            ATOMIC_WRITING = lookup.findStatic(Weft.class, "atomicWriting", onReceiver);
            ACQUIRED_SHARING = lookup.findStatic(HandOffCalls.class, "acquiredSharing", MethodType.methodType(
                    Object.class, Throwable.class, Object.class, Object.class, int.class, boolean.class));
            ACQUIRED_WITH_RESULT = lookup.findStatic(HandOffCalls.class, "acquiredWithResult", MethodType.methodType(
                    Object.class, Throwable.class, Object.class, Object.class, int.class));
            SYNCHRONIZES = lookup.findStatic(HandOffCalls.class, "synchronizes",
                    MethodType.methodType(boolean.class, Object.class));
            PASS_TASKS = lookup.findVirtual(PassedTasks.class, "invoke",
                    MethodType.methodType(Object.class, Object[].class));
            SUBMIT = lookup.findVirtual(Submission.class, "invoke",
                    MethodType.methodType(Object.class, Object[].class));
            MethodType onHandle = MethodType.methodType(void.class, Object.class, Object.class);
            FIELD_RELEASING = lookup.findVirtual(FieldHandles.Site.class, "releasing", onHandle);
            FIELD_ACQUIRED = lookup.findVirtual(FieldHandles.Site.class, "acquired", onHandle);
            FIELD_ACCESSING = lookup.findVirtual(FieldHandles.Site.class, "accessing",
                    MethodType.methodType(void.class, Object.class, Object.class, boolean.class));
            FIELD_INVOKING = lookup.findVirtual(FieldHandles.Site.class, "invoking", onHandle);
            FIELD_INVOKED = lookup.findVirtual(FieldHandles.Site.class, "invoked", onHandle);
            ELEMENT_INVOKING = lookup.findVirtual(FieldHandles.Site.class, "invokingElement",
                    MethodType.methodType(void.class, Object.class, Object.class, int.class));
            ELEMENT_ACCESSING = lookup.findStatic(HandOffCalls.class, "elementAccessing",
                    MethodType.methodType(void.class, VarHandle.class, Object.class, int.class, int.class, boolean.class));
            STAMPED_RELEASING = lookup.findStatic(Weft.class, "releasingShared", onReceiver);
            STAMPED_RELEASING_STAMP = lookup.findStatic(HandOffCalls.class, "stampReleasing",
                    MethodType.methodType(void.class, Object.class, long.class, int.class));
            STAMPED_ACQUIRED_STAMP = lookup.findStatic(HandOffCalls.class, "stampAcquired",
                    MethodType.methodType(long.class, Throwable.class, long.class, Object.class, int.class));
            CONTENTS_READING = lookup.findStatic(CollectionContents.class, "reading", onReceiver);
            CONTENTS_KEYED_READING = lookup.findStatic(CollectionContents.class, "keyedReading",
                    MethodType.methodType(void.class, Object.class, Object.class, int.class));
            CONTENTS_WRITING = lookup.findStatic(CollectionContents.class, "writing", onReceiver);
            CONTENTS_ITERATING = lookup.findStatic(CollectionContents.class, "iterating", onReceiver);
            OBJECT_READING = lookup.findStatic(CollectionContents.class, "objectReading", onReceiver);
            OBJECT_WRITING = lookup.findStatic(CollectionContents.class, "objectWriting", onReceiver);
            ARGUMENT_READ = lookup.findStatic(CollectionContents.class, "argumentRead", onReceiver);
            ARGUMENT_WRITTEN = lookup.findStatic(CollectionContents.class, "argumentWritten", onReceiver);
            ARGUMENT_READ_FILTER = lookup.findStatic(CollectionContents.class, "argumentRead",
                    MethodType.methodType(Object.class, int.class, Object.class));
            ARGUMENTS_READ = lookup.findStatic(CollectionContents.class, "argumentsRead", onReceiver);
            KEY_READ = lookup.findStatic(CollectionContents.class, "keyRead", onReceiver);
            CONTENTS_SIZE = lookup.findStatic(CollectionContents.class, "sizeIfTracked",
                    MethodType.methodType(int.class, Object.class));
            CONTENTS_SIZED_CALL_ENDED = lookup.findStatic(CollectionContents.class, "sizedCallEnded",
                    MethodType.methodType(void.class, int.class, Object.class, int.class));
            IS_CONCURRENT_COLLECTION = lookup.findStatic(HandOffCalls.class, "isConcurrentCollection",
                    MethodType.methodType(boolean.class, Object.class));
            FIELD_HANDLE_MADE = lookup.findStatic(HandOffCalls.class, "fieldHandleMade",
                    MethodType.methodType(Object.class, MethodHandle.class, Object[].class));
            ELEMENT_HANDLE_MADE = lookup.findStatic(HandOffCalls.class, "elementHandleMade",
                    MethodType.methodType(Object.class, MethodHandle.class, Object[].class));
            DERIVED_HANDLE_MADE = lookup.findStatic(HandOffCalls.class, "derivedHandleMade",
                    MethodType.methodType(Object.class, boolean.class, MethodHandle.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private HandOffCalls() { }

    /**
     * Links a call on an object that may synchronize.
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type, the receiver first
     * @param target the original method
     * @param site   the call's site
     * @param plan   {@link #EDGES}, {@link #SHARE_RESULT}, {@link #AWAIT}, {@link #SELF}... bits; a plan of
     *               {@link #CONTENTS_READ} or {@link #CONTENTS_WRITE} alone only checks the contents
     * @return the call site
     */
    public static CallSite call(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target,
                                int site, int plan) {
        try {
            MethodHandle call = QueuedTasks.adapted(name, type, target.asFixedArity().asType(type)); // remove(task), shutdownNow()
            call = HandedOffSpliterators.adapted(name, type, call, site); // list.parallelStream() of an application's list
            MethodHandle modelled = Weft.schedules() ? BlockingCalls.modelled(name, type, site) : null;
            if (modelled != null) {
                call = modelled; // a controlled run: the scheduler decides when a blocking call goes on
            } else if (!Weft.schedules()) {
                call = SemaphoreCalls.withWaitForHooks(call, name, site); // a semaphore's permits in the wait-for graph
            }
            if (Weft.schedules()) {
                call = withAccessPoint(call, modelled != null, name, site, type.parameterType(0), plan);
            } else if ((plan & CONTENTS) != 0 && (plan & CONTENTS_GIVEN) == 0 && mayBeWrapper(type.parameterType(0))) {
                call = SynchronizedWrappers.ordered(call, name, site, type.parameterType(0));
            }
            boolean given = (plan & CONTENTS_GIVEN) != 0;
            if ((plan & (CONTENTS_READ | CONTENTS_WRITE)) != 0 && !given && NonThreadSafeJdkTypes.isStaticType(type.parameterType(0))) {
                MethodHandle access = (plan & CONTENTS_WRITE) != 0 ? OBJECT_WRITING : OBJECT_READING; // a SimpleDateFormat, a Matcher...
                call = MethodHandles.foldArguments(call, onReceiver(access, site, type.parameterType(0)));
            } else if ((plan & CONTENTS_WRITE) != 0 && !given && CollectionContents.writesIfSizeChanges(name)) {
                call = sizeChecked(call, site, type);
            } else if ((plan & CONTENTS) != 0) {
                boolean write = (plan & CONTENTS_WRITE) != 0;
                if (!write && !given && mayMoveOnGet(name, type)) { // an LRU cache's get changes it
                    call = MethodHandles.foldArguments(call, MethodHandles.insertArguments(CONTENTS_KEYED_READING, 2, site)
                            .asType(MethodType.methodType(void.class, type.parameterType(0), type.parameterType(1))));
                } else {
                    MethodHandle access = given ? (write ? ARGUMENT_WRITTEN : ARGUMENT_READ)
                            : write ? CONTENTS_WRITING : CollectionContents.unlocked(name) ? CONTENTS_ITERATING : CONTENTS_READING;
                    call = MethodHandles.foldArguments(call, onReceiver(access, site, type.parameterType(0)));
                }
            }
            if (plan != 0 && (plan & ~CONTENTS) == 0) {
                return new ConstantCallSite(call);
            }
            if ((plan & FIELD) != 0) {
                call = withFieldHooks(call, site);
            }
            if ((plan & ARGUMENTS) != 0) {
                call = withArgumentHandOffs(call, site);
            }
            if (plan == UNSAFE_OBJECT) {
                return new ConstantCallSite(withObjectHandOffs(call, site));
            }
            return new ConstantCallSite((plan & INLINE) != 0 ? inline(call, name, site, plan) : withHandOffs(call, name, site, plan));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(target.asType(type));
        }
    }

    /**
     * Links a call that a {@code Collections.synchronized*} wrapper, a {@code Vector} or a {@code Hashtable} may make
     * holding its mutex, in a run that rewrites lock operations only (deadlock detection): when the receiver is one,
     * the listener is told that the mutex is taken before the call and let go after it ({@link SynchronizedWrappers#ordered});
     * other receivers make the call as it was.
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type, the receiver first
     * @param target the original method
     * @param site   the call's site
     * @return the call site
     */
    public static CallSite lockedByWrapper(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target, int site) {
        return withDeadlockHooks(target, type, call -> SynchronizedWrappers.ordered(call, name, site, type.parameterType(0)));
    }

    /**
     * Links a call on a {@code StampedLock} in a run that rewrites lock operations only (deadlock detection): the call
     * with the hooks of what it means for the wait-for and lock-order graphs ({@link StampedLockCalls}), without the
     * hand-offs that race detection adds ({@link #call} with {@link #STAMPED}).
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type, the lock first
     * @param target the original method
     * @param site   the call's site
     * @return the call site
     */
    public static CallSite stampCall(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target, int site) {
        return withDeadlockHooks(target, type, call -> StampedLockCalls.withWaitForHooks(call, name, site));
    }

    /**
     * Links a call on a {@code Semaphore} in a run that rewrites lock operations only (deadlock detection): the
     * call with the hooks that tell the wait-for graph who asks for, takes and gives back its permits
     * ({@link SemaphoreCalls}).
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type, the receiver first
     * @param target the original method
     * @param site   the call's site
     * @return the call site
     */
    public static CallSite semaphore(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target, int site) {
        return withDeadlockHooks(target, type, call -> SemaphoreCalls.withWaitForHooks(call, name, site));
    }

    /** The call site of {@code target} as {@code type} with the hooks {@code hooks} adds, or without them if adding fails. */
    private static CallSite withDeadlockHooks(MethodHandle target, MethodType type, UnaryOperator<MethodHandle> hooks) {
        MethodHandle call = target.asFixedArity().asType(type);
        try {
            return new ConstantCallSite(hooks.apply(call));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(call);
        }
    }

    /**
     * Links a call as {@link #call} does, whose first argument's contents it also reads (or, for
     * {@code drainTo}, writes) before the call, at {@code argumentSite} ({@link #CONTENTS_ARGUMENT}).
     *
     * @param caller       the calling class's lookup
     * @param name         the method's name
     * @param type         the call's type, the receiver first
     * @param target       the original method
     * @param site         the call's site
     * @param plan         the plan bits, as for {@link #call}
     * @param argumentSite the site of the access of the argument's contents
     * @return the call site
     */
    public static CallSite callTakingContents(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target,
                                              int site, int plan, int argumentSite) {
        MethodHandle checked;
        try {
            checked = withArgumentRead(target.asFixedArity().asType(type), name, type, argumentSite);
        } catch (RuntimeException | Error e) {
            checked = target;
        }
        int rest = plan & ~CONTENTS_ARGUMENT;
        return rest == 0 ? new ConstantCallSite(checked.asType(type)) : call(caller, name, type, checked, site, rest);
    }

    /**
     * {@code call} with a read (a write for {@code drainTo}) of the contents of the argument it is given: a
     * logger's parameters when it logs ({@link LoggedParameters}); each element of a last {@code Object[]}
     * parameter ({@code String.format}, {@code printf}, {@code MessageFormat.format}, {@code LogRecord.setParameters}...)
     * or of the array a {@code MessageFormat}'s {@code format(Object)} is given; the key of a hashed map's or set's call
     * ({@code get(key)}, {@code add(x)}); else the argument after the receiver (a static call's second).
     */
    private static MethodHandle withArgumentRead(MethodHandle call, String name, MethodType type, int argumentSite) {
        int last = type.parameterCount() - 1;
        if (LoggedParameters.isLogCall(type)) {
            return LoggedParameters.checked(call, argumentSite);
        }
        if (type.parameterType(last) == Object[].class || name.equals("format")) { // format(args...), MessageFormat's format(array)
            return MethodHandles.foldArguments(call, last, onReceiver(ARGUMENTS_READ, argumentSite, type.parameterType(last)));
        }
        MethodHandle access = name.equals("drainTo") ? ARGUMENT_WRITTEN
                : KEYED_CALLS.contains(name) && type.parameterType(1) == Object.class ? KEY_READ : ARGUMENT_READ;
        return MethodHandles.foldArguments(call, 1, onReceiver(access, argumentSite, type.parameterType(1)));
    }

    /** Calls of hashed maps and sets that hash their first argument, a key or an element. */
    private static final Set<String> KEYED_CALLS = Set.of("get", "put", "containsKey", "remove", "getOrDefault", "putIfAbsent",
            "computeIfAbsent", "computeIfPresent", "compute", "merge", "replace", "add", "contains");

    /**
     * Links a string concatenation ({@code "size " + list}, which {@code javac} compiles to an
     * {@code invokedynamic} of {@code StringConcatFactory.makeConcatWithConstants}): as the JDK's, with a
     * read of the contents of each argument that is a checked collection ({@link CollectionContents#argumentRead}),
     * whose {@code toString()} the concatenation calls; an argument whose type cannot hold one is left alone.
     *
     * @param caller    the calling class's lookup
     * @param name      the call's name
     * @param type      the concatenation's type
     * @param site      the call's site
     * @param recipe    the JDK's recipe
     * @param constants the JDK's constants
     * @return the call site
     * @throws StringConcatException as the JDK's bootstrap would
     */
    public static CallSite concat(MethodHandles.Lookup caller, String name, MethodType type, int site, String recipe,
                                  Object... constants) throws StringConcatException {
        CallSite concatenation = StringConcatFactory.makeConcatWithConstants(caller, name, type, recipe, constants);
        try {
            MethodHandle target = concatenation.getTarget();
            for (int i = 0; i < type.parameterCount(); i++) {
                Class<?> parameter = type.parameterType(i);
                if (CollectionContents.mayHold(parameter)) {
                    MethodHandle filter = MethodHandles.insertArguments(ARGUMENT_READ_FILTER, 0, site)
                            .asType(MethodType.methodType(parameter, parameter));
                    target = MethodHandles.filterArguments(target, i, filter);
                }
            }
            return new ConstantCallSite(target);
        } catch (RuntimeException | Error e) {
            return concatenation;
        }
    }

    /**
     * Links an access-mode call of a {@code VarHandle} ({@code getAcquire}, {@code setRelease},
     * {@code compareAndSet}...): the handle is the sync object; a handle of a {@code volatile} field also
     * writes and reads that field (see {@link FieldHandles}). The plain and opaque modes ({@code get},
     * {@code set}, {@code getOpaque}, {@code setOpaque}) synchronize nothing: they get no edges, and a plain
     * {@code get} or {@code set} of a field that is not {@code volatile}, or of an array element
     * ({@code MethodHandles.arrayElementVarHandle}), is checked as its direct read or write.
     *
     * @param caller the calling class's lookup
     * @param name   the access mode's method name
     * @param type   the call's type, the {@code VarHandle} first
     * @param site   the call's site
     * @return the call site
     */
    public static CallSite varHandle(MethodHandles.Lookup caller, String name, MethodType type, int site) {
        VarHandle.AccessMode mode = VarHandle.AccessMode.valueFromMethodName(name);
        MethodHandle invoker = MethodHandles.varHandleInvoker(mode, type.dropParameterTypes(0, 1));
        try {
            if (mode == VarHandle.AccessMode.GET || mode == VarHandle.AccessMode.SET) {
                boolean write = mode == VarHandle.AccessMode.SET;
                boolean element = type.parameterCount() >= 3 && type.parameterType(1).isArray() && type.parameterType(2) == int.class;
                return new ConstantCallSite(element ? withPlainElementHook(invoker, site, write) : withPlainFieldHook(invoker, site, write));
            }
            if (mode == VarHandle.AccessMode.GET_OPAQUE || mode == VarHandle.AccessMode.SET_OPAQUE) {
                return new ConstantCallSite(invoker);
            }
            return new ConstantCallSite(withHandOffs(withFieldHooks(invoker, site), name, site, EDGES));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(invoker);
        }
    }

    /**
     * Links a call of a {@code MethodHandle} ({@code invokeExact}, {@code invoke}): when the handle is a field's
     * getter or setter made at an instrumented call, the call reads or writes the field (see {@link FieldHandles}); when it
     * is an array element getter or setter and the call is given an array (or an object) and an {@code int} first, the element.
     *
     * @param caller the calling class's lookup
     * @param name   {@code invokeExact} or {@code invoke}
     * @param type   the call's type, the {@code MethodHandle} first
     * @param site   the call's site
     * @return the call site
     */
    public static CallSite methodHandle(MethodHandles.Lookup caller, String name, MethodType type, int site) {
        MethodType called = type.dropParameterTypes(0, 1);
        MethodHandle invoker = name.equals("invokeExact") ? MethodHandles.exactInvoker(called) : MethodHandles.invoker(called);
        try {
            FieldHandles.Site fieldSite = new FieldHandles.Site(site);
            MethodHandle guarded = MethodHandles.foldArguments(invoker, onHandleAndObject(FIELD_INVOKING.bindTo(fieldSite), type));
            if (type.parameterCount() >= 3 && !type.parameterType(1).isPrimitive() && type.parameterType(2) == int.class) {
                guarded = MethodHandles.foldArguments(guarded, ELEMENT_INVOKING.bindTo(fieldSite)
                        .asType(MethodType.methodType(void.class, type.parameterList().subList(0, 3))));
            }
            return new ConstantCallSite(MethodHandles.tryFinally(guarded,
                    returning(onHandleAndObject(FIELD_INVOKED.bindTo(fieldSite), type), type.returnType())));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(invoker);
        }
    }

    /**
     * Links a call that hands tasks to other threads; see {@link Submission} (and, in a controlled run,
     * {@link AsyncStages}, {@link ForkJoinCalls}, {@link ParallelStreams}, {@link ParallelArrays} and
     * {@link ConcurrentMapBulk}).
     *
     * @param caller     the calling class's lookup
     * @param name       the method's name
     * @param type       the call's type, the receiver first when there is one
     * @param target     the original method
     * @param site       the call's site
     * @param onReceiver 1 for a call on a receiver, 0 for a static one
     * @return the call site
     */
    public static CallSite submit(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target,
                                  int site, int onReceiver) {
        try {
            int arity = type.parameterCount();
            MethodHandle call = target.asFixedArity().asType(type);
            if (Weft.schedules()) { // async stages without an executor, tasks submitted to a fork/join pool: in the model
                call = ForkJoinCalls.submissionInModel(name, type, AsyncStages.inModel(caller, name, type, target, site), site);
                call = BuiltThreads.inModel(name, type, call, site); // threads a Thread.Builder starts: in the model
                call = ParallelArrays.inModel(name, type, ParallelStreams.inModel(name, type, call, site), site);
                call = ConcurrentMapBulk.inModel(name, type, call, site); // a map's parallel bulk operations
                call = ForkJoinCalls.helpQuiesceInModel(name, type, call, site);
            }
            MethodHandle spread = call.asType(type.generic()).asSpreader(Object[].class, arity);
            Submission submission = new Submission(spread, type.parameterArray(), onReceiver != 0, name, false,
                    !name.equals("invokeAny"), site); // invokeAny returns a task's own result
            return new ConstantCallSite(SUBMIT.bindTo(submission).asCollector(Object[].class, arity).asType(type));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(target.asType(type));
        }
    }

    /**
     * Links a call that makes a field updater or a {@code VarHandle} of a field ({@code newUpdater},
     * {@code findVarHandle}...), or a {@code MethodHandle} from another ({@code bindTo}, {@code asType}): the
     * handle it returns is recorded with its field (see {@link FieldHandles}).
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type, the receiver first when there is one
     * @param target the original method
     * @param site   the call's site
     * @return the call site
     */
    public static CallSite fieldHandle(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target,
                                       int site) {
        try {
            int arity = type.parameterCount();
            MethodHandle spread = target.asFixedArity().asType(type.generic()).asSpreader(Object[].class, arity);
            MethodHandle made = switch (name) {
                case "bindTo" -> MethodHandles.insertArguments(DERIVED_HANDLE_MADE, 0, true);
                case "asType" -> MethodHandles.insertArguments(DERIVED_HANDLE_MADE, 0, false);
                case "arrayElementGetter", "arrayElementSetter" -> ELEMENT_HANDLE_MADE;
                default -> FIELD_HANDLE_MADE;
            };
            return new ConstantCallSite(made.bindTo(spread).asCollector(Object[].class, arity).asType(type));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(target.asType(type));
        }
    }

    /**
     * After {@code AtomicXFieldUpdater.newUpdater(type, [..,] name)} with constant arguments: records the
     * updater's field. The call itself stays where it was: it is caller-sensitive, and its access check
     * needs the calling class itself.
     *
     * @param updater the updater the call returned
     * @param type    the class the call named
     * @param name    the field's name
     */
    public static void updaterMade(Object updater, Class<?> type, String name) {
        try {
            FieldHandles.made(updater, type, name, null);
        } catch (RuntimeException | LinkageError e) {
            // the updater then only gets the edges of a call on it
        }
    }

    /** Makes the handle, and records its field: the first {@code Class} and {@code String}, or the {@code Field}, it names. */
    private static Object fieldHandleMade(MethodHandle target, Object[] arguments) throws Throwable {
        Object handle = target.invokeExact(arguments);
        try {
            Class<?> type = null;
            String name = null;
            java.lang.reflect.Field field = null;
            for (Object argument : arguments) {
                if (argument instanceof Class<?> c && type == null) {
                    type = c;
                } else if (argument instanceof String s && name == null) {
                    name = s;
                } else if (argument instanceof java.lang.reflect.Field f) {
                    field = f;
                }
            }
            FieldHandles.made(handle, type, name, field);
        } catch (RuntimeException | Error e) {
            // the handle is the application's whatever weft makes of it
        }
        return handle;
    }

    /** Makes an array element getter or setter ({@code MethodHandles.arrayElementSetter(type)}), and records it. */
    private static Object elementHandleMade(MethodHandle target, Object[] arguments) throws Throwable {
        Object handle = target.invokeExact(arguments);
        try {
            FieldHandles.elementHandleMade(handle);
        } catch (RuntimeException | Error e) {
            // the handle is the application's whatever weft makes of it
        }
        return handle;
    }

    /**
     * Makes a handle from another ({@code handle.bindTo(object)}, {@code handle.asType(type)}: the receiver and
     * the argument), and records it with the other's field, if it has one.
     */
    private static Object derivedHandleMade(boolean binds, MethodHandle target, Object[] arguments) throws Throwable {
        Object handle = target.invokeExact(arguments);
        try {
            FieldHandles.derived(handle, arguments[0], binds, arguments[1]);
        } catch (RuntimeException | Error e) {
            // the handle is the application's whatever weft makes of it
        }
        return handle;
    }

    /**
     * Links a call that passes tasks the JDK runs ({@code ForkJoinPool.invoke}, {@code ForkJoinTask.invokeAll},
     * {@code Timer.schedule}...); see {@link PassedTasks}.
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type, the receiver first when there is one
     * @param target the original method
     * @param site   the call's site
     * @param waits  1 when the call returns only once its tasks are done, else 0
     * @return the call site
     */
    public static CallSite tasks(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target,
                                 int site, int waits) {
        try {
            int arity = type.parameterCount();
            // a controlled run: fork/join tasks run in threads of the model
            MethodHandle call = Weft.schedules() ? ForkJoinCalls.inModel(caller, name, type, target, site)
                    : target.asFixedArity().asType(type);
            MethodHandle spread = call.asType(type.generic()).asSpreader(Object[].class, arity);
            PassedTasks tasks = new PassedTasks(spread, waits != 0, site);
            return new ConstantCallSite(PASS_TASKS.bindTo(tasks).asCollector(Object[].class, arity).asType(type));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(target.asType(type));
        }
    }

    /**
     * Replaces the barrier action passed to {@code new CyclicBarrier(parties, action)} before the
     * constructor runs: the action then runs between an acquire and a release of a sync object that the
     * barrier shares once {@link #created} has run. It runs in the last thread to arrive, inside its
     * {@code await}, so that thread's own acquire comes too late for it.
     *
     * @return the wrapped action ({@code null} stays {@code null})
     */
    public static Runnable barrierAction(Runnable action, int site) {
        Object[] sync = {new SyncObjects.Token()};
        return (Runnable) HandedOffTask.wrap(Runnable.class, action, sync, sync, site);
    }

    /**
     * Replaces the comparator passed to a new sorted thread-safe collection ({@code PriorityBlockingQueue},
     * {@code ConcurrentSkipListMap}, {@code ConcurrentSkipListSet}) before the constructor runs: its calls
     * are callbacks (see {@link CallbackComparator}).
     *
     * @return the wrapped comparator ({@code null} stays {@code null})
     */
    @SuppressWarnings("unchecked")
    public static Comparator<?> callbackComparator(Comparator<?> comparator, int site) {
        return comparator == null || comparator instanceof CallbackComparator ? comparator
                : new CallbackComparator((Comparator<Object>) comparator, site);
    }

    /**
     * Replaces the callable passed to {@code new FutureTask(callable)} before the constructor runs: it then
     * runs between an acquire and a release of a sync object that the future shares once {@link #created}
     * has run, so {@code get} acquires what it did, whichever thread runs the future (a plain
     * {@code Thread}, an executor's), and the release comes before the future completes.
     *
     * @return the wrapped callable ({@code null} stays {@code null})
     */
    public static Callable<?> futureTaskCallable(Callable<?> callable, int site) {
        return (Callable<?>) futureTaskBody(Callable.class, callable, site);
    }

    /** As {@link #futureTaskCallable}, for the runnable of {@code new FutureTask(runnable, result)}. */
    public static Runnable futureTaskRunnable(Runnable runnable, int site) {
        return (Runnable) futureTaskBody(Runnable.class, runnable, site);
    }

    private static Object futureTaskBody(Class<?> type, Object task, int site) {
        Object[] sync = {new SyncObjects.Token()};
        return HandedOffTask.wrap(type, task, sync, sync, site);
    }

    /**
     * After {@code new CyclicBarrier(parties, action)} or {@code new FutureTask(task..)}: the object shares
     * the sync object of its wrapped action or task.
     */
    public static void created(Object object, Object body) {
        if (body instanceof HandedOffTask task) {
            SyncObjects.share(object, task.submission());
        }
    }

    /**
     * {@code call}, whose functions run inside it, through a {@link Submission} that wraps them when the
     * receiver synchronizes; unless the static type settles it ({@link #SELF}), a class check picks that
     * path or the plain call ({@code Map.compute} on a {@code HashMap}).
     */
    private static MethodHandle inline(MethodHandle call, String name, int site, int plan) {
        MethodType type = call.type();
        int arity = type.parameterCount();
        MethodHandle spread = call.asType(type.generic()).asSpreader(Object[].class, arity);
        Submission submission = new Submission(spread, type.parameterArray(), true, name, true, (plan & SHARE_RESULT) != 0, site);
        MethodHandle submitted = SUBMIT.bindTo(submission).asCollector(Object[].class, arity).asType(type);
        if ((plan & SELF) != 0) {
            return submitted;
        }
        MethodHandle test = MethodHandles.dropArguments(
                SYNCHRONIZES.asType(MethodType.methodType(boolean.class, type.parameterType(0))),
                1, type.dropParameterTypes(0, 1).parameterList());
        return MethodHandles.guardWithTest(test, submitted, call);
    }

    /**
     * The hook of a call that reads or writes an atomic variable of {@code java.util.concurrent.atomic}, in a
     * controlled run a scheduling point as a volatile access is, so that the scheduler sees a thread spinning on
     * an atomic and the thread that sets it; else {@code null}. Reads are {@code get*}, {@code *Value},
     * {@code isMarked}, {@code sum}, and the compare-and-set calls (a loop of failing ones is a spin); the other
     * updates are writes. Field updaters read and write a field, whose hooks make the points.
     */
    private static MethodHandle atomicAccess(Class<?> receiver, String name) {
        if (!receiver.getName().startsWith("java.util.concurrent.atomic.") || receiver.getName().endsWith("FieldUpdater")) {
            return null;
        }
        boolean read = name.startsWith("get") && !name.startsWith("getAnd") || name.endsWith("Value")
                || name.equals("isMarked") || name.equals("sum") || name.contains("compareAnd") || name.contains("CompareAnd");
        boolean write = name.startsWith("set") || name.startsWith("lazySet") || name.startsWith("getAnd")
                || name.endsWith("AndGet") || name.startsWith("attempt") || name.equals("increment") || name.equals("decrement")
                || name.equals("add") || name.equals("accumulate") || name.equals("reset") || name.equals("sumThenReset");
        return read ? ATOMIC_READING : write ? ATOMIC_WRITING : null;
    }

    /**
     * {@code call} in a controlled run: with a scheduling point before it when it reads or updates an atomic
     * variable ({@link #atomicAccess}) or, unless it is a blocking call (modelled as such), when its receiver is a
     * thread-safe collection of {@code java.util.concurrent}: when the call names a class of that package, always;
     * when it names an interface ({@code Map}, {@code Queue}...) or another class, if the receiver is one. A call on a
     * {@code Collections.synchronized*} wrapper or a {@code StringBuffer}, or a step of an iterator a wrapper handed out,
     * as {@link SynchronizedWrappers} links it.
     */
    private static MethodHandle withAccessPoint(MethodHandle call, boolean blocking, String name, int site, Class<?> receiver, int plan) {
        MethodHandle atomic = atomicAccess(receiver, name);
        if (atomic != null) {
            return MethodHandles.foldArguments(call, onReceiver(atomic, site, receiver));
        }
        if (blocking) {
            return call;
        }
        int contents = (plan & CONTENTS_GIVEN) != 0 ? SynchronizedWrappers.NO_CONTENTS
                : (plan & CONTENTS_WRITE) != 0 ? SynchronizedWrappers.CONTENTS_WRITE
                : (plan & CONTENTS_READ) != 0 ? SynchronizedWrappers.CONTENTS_READ : SynchronizedWrappers.NO_CONTENTS;
        if (receiver == Iterable.class) {
            return SynchronizedWrappers.linked(call, name, site, receiver, contents);
        }
        if (receiver == StringBuffer.class) { // its own lock, as a Vector's; its contents are not checked
            return unsynchronizedOfStringBuffer(name) ? call
                    : SynchronizedWrappers.linked(call, name, site, receiver, SynchronizedWrappers.NO_CONTENTS);
        }
        if (!java.util.Map.class.isAssignableFrom(receiver) && !java.util.Collection.class.isAssignableFrom(receiver)) {
            return SynchronizedWrappers.iteratorStep(call, name, site, receiver);
        }
        MethodHandle pointed = MethodHandles.foldArguments(call, onReceiver(concurrentCollectionAccess(name), site, receiver));
        if (receiver.getName().startsWith("java.util.concurrent.")) {
            return pointed;
        }
        return MethodHandles.guardWithTest(IS_CONCURRENT_COLLECTION.asType(MethodType.methodType(boolean.class, receiver)), pointed,
                SynchronizedWrappers.linked(call, name, site, receiver, contents));
    }

    /**
     * Whether a receiver of static type {@code receiver} may be a synchronized wrapper: of a collection or map interface
     * or {@code Iterable} (a {@code Collections.synchronized*} wrapper's class is private); of a class, only when it is
     * or may hold a {@code Vector} or a {@code Hashtable} ({@code ArrayList}, {@code HashMap}... never do).
     */
    /** Whether the call is a {@code get} or {@code getOrDefault} whose receiver may be a {@code LinkedHashMap}. */
    private static boolean mayMoveOnGet(String name, MethodType type) {
        return (name.equals("get") && type.parameterCount() == 2 || name.equals("getOrDefault") && type.parameterCount() == 3)
                && (type.parameterType(0).isAssignableFrom(java.util.LinkedHashMap.class)
                    || java.util.LinkedHashMap.class.isAssignableFrom(type.parameterType(0))); // an LRU cache's own class
    }

    /**
     * Whether a {@code StringBuffer}'s method takes no lock: the streams {@code chars()} and {@code codePoints()} read it
     * later, {@code equals} and {@code hashCode} are {@code Object}'s. Its other methods are synchronized, or call one
     * that is ({@code insert(int, boolean)}, {@code indexOf(String)}...).
     */
    private static boolean unsynchronizedOfStringBuffer(String name) {
        return name.equals("chars") || name.equals("codePoints") || name.equals("equals") || name.equals("hashCode");
    }

    private static boolean mayBeWrapper(Class<?> receiver) {
        if (!receiver.isInterface()) {
            return java.util.Vector.class.isAssignableFrom(receiver) || receiver.isAssignableFrom(java.util.Vector.class)
                    || java.util.Hashtable.class.isAssignableFrom(receiver) || receiver.isAssignableFrom(java.util.Hashtable.class);
        }
        return receiver == Iterable.class || java.util.Collection.class.isAssignableFrom(receiver)
                || java.util.Map.class.isAssignableFrom(receiver);
    }

    /** Whether {@code receiver} is a collection of {@code java.util.concurrent} ({@link #withAccessPoint}). */
    private static boolean isConcurrentCollection(Object receiver) {
        return receiver != null && CONCURRENT_COLLECTION.get(receiver.getClass());
    }

    /**
     * The hook of a call on a thread-safe collection in a controlled run: a scheduling point as an atomic's is, so
     * that a check-then-act of two calls ({@code get} then {@code put}) can be preempted between them. Calls that
     * only look ({@code get}, {@code containsKey}, {@code size}, {@code peek}...) are reads, so that a thread polling
     * a map counts as spinning; the others are writes. Blocking calls are modelled as such instead (their point).
     */
    private static MethodHandle concurrentCollectionAccess(String name) {
        boolean read = name.startsWith("get") || name.startsWith("contains") || name.startsWith("is") || name.equals("size")
                || name.equals("mappingCount") || name.startsWith("peek") || name.equals("element") || name.startsWith("first")
                || name.startsWith("last") || name.equals("toArray") || name.equals("stream") || name.equals("iterator");
        return read ? ATOMIC_READING : ATOMIC_WRITING;
    }

    private static boolean synchronizes(Object receiver) {
        return SyncObjects.of(receiver) != null;
    }

    /** {@code call} as a handle of the same type that runs the plan's hooks around it. */
    private static MethodHandle withHandOffs(MethodHandle call, String name, int site, int plan) {
        MethodType type = call.type();
        Class<?> receiver = type.parameterType(0);
        Class<?> returned = type.returnType();
        boolean await = (plan & AWAIT) != 0;
        boolean edges = (plan & EDGES) != 0;
        boolean self = (plan & SELF) != 0;
        MethodHandle withHooks;
        if ((plan & STAMPED) != 0) {
            withHooks = withStampedHandOffs(StampedLockCalls.withWaitForHooks(call, name, site), name, site);
        } else {
            MethodHandle guarded = call;
            if (await || edges) {
                int keyed = await ? 0 : KeyHashingCalls.receivers(name, type.parameterArray());
                MethodHandle before = await ? AWAITING : keyed != 0 ? MethodHandles.insertArguments(RELEASING_KEYED, 2, keyed, self)
                        : self ? RELEASING_SELF : RELEASING;
                guarded = MethodHandles.foldArguments(call, onReceiver(before, site, receiver));
            }
            MethodHandle cleanup;
            if ((plan & SHARE_RESULT) != 0 && !returned.isPrimitive()) {
                cleanup = MethodHandles.insertArguments(ACQUIRED_SHARING, 3, site, edges)
                        .asType(MethodType.methodType(returned, Throwable.class, returned, receiver));
            } else if ((plan & ACQUIRE_RESULT) != 0 && !returned.isPrimitive()) {
                cleanup = MethodHandles.insertArguments(ACQUIRED_WITH_RESULT, 3, site)
                        .asType(MethodType.methodType(returned, Throwable.class, returned, receiver));
            } else {
                MethodHandle after = await ? AWOKE : self ? ACQUIRED_SELF : ACQUIRED;
                cleanup = returning(onReceiver(after, site, receiver), returned);
            }
            withHooks = MethodHandles.tryFinally(guarded, cleanup);
        }
        if ((plan & OPTIMISTIC_END) != 0) {
            withHooks = MethodHandles.foldArguments(withHooks, onReceiver(OPTIMISTIC_READ_ENDED, site, receiver));
        }
        if ((plan & OPTIMISTIC_BEGIN) != 0) {
            withHooks = MethodHandles.tryFinally(withHooks, returning(onReceiver(OPTIMISTIC_READ_BEGAN, site, receiver), returned));
        }
        return withHooks;
    }

    /**
     * {@code call}, a call on a {@code StampedLock}, with its release before and its acquire after. The
     * release is in the mode of the stamp it is given ({@code unlock(stamp)}, {@code tryConvertToReadLock(stamp)})
     * or else of the call: exclusive for the calls that take or give up the write lock, shared for the others
     * (read locks, optimistic reads, queries). A call that returns a write stamp also acquires in exclusive mode.
     */
    private static MethodHandle withStampedHandOffs(MethodHandle call, String name, int site) {
        MethodType type = call.type();
        Class<?> receiver = type.parameterType(0);
        MethodHandle guarded;
        if (type.parameterCount() == 2 && type.parameterType(1) == long.class) {
            MethodHandle before = MethodHandles.insertArguments(STAMPED_RELEASING_STAMP, 2, site)
                    .asType(MethodType.methodType(void.class, receiver, long.class));
            guarded = MethodHandles.foldArguments(call, before);
        } else {
            boolean exclusive = name.equals("writeLock") || name.equals("tryWriteLock")
                    || name.equals("writeLockInterruptibly") || name.equals("tryUnlockWrite");
            guarded = MethodHandles.foldArguments(call, onReceiver(exclusive ? RELEASING_SELF : STAMPED_RELEASING, site, receiver));
        }
        Class<?> returned = type.returnType();
        MethodHandle cleanup = returned == long.class
                ? MethodHandles.insertArguments(STAMPED_ACQUIRED_STAMP, 3, site)
                        .asType(MethodType.methodType(long.class, Throwable.class, long.class, receiver))
                : returning(onReceiver(ACQUIRED_SELF, site, receiver), returned);
        return MethodHandles.tryFinally(guarded, cleanup);
    }

    private static void stampReleasing(Object lock, long stamp, int site) {
        if (StampedLock.isWriteLockStamp(stamp)) {
            Weft.releasing(lock, site);
        } else {
            Weft.releasingShared(lock, site);
        }
    }

    private static long stampAcquired(Throwable thrown, long stamp, Object lock, int site) {
        Weft.acquired(lock, site);
        if (thrown == null && StampedLock.isWriteLockStamp(stamp)) {
            Weft.acquiredExclusive(lock, site);
        }
        return stamp;
    }

    /**
     * {@code call}, a call on a field updater or a {@code VarHandle}, as a handle that reports a write of the
     * handle's field before and a read after, when it has one; the field's object is the first argument
     * after the handle (a static field's handle names none).
     */
    private static MethodHandle withFieldHooks(MethodHandle call, int site) {
        MethodType type = call.type();
        FieldHandles.Site fieldSite = new FieldHandles.Site(site);
        MethodHandle guarded = MethodHandles.foldArguments(call, onHandleAndObject(FIELD_RELEASING.bindTo(fieldSite), type));
        return MethodHandles.tryFinally(guarded, returning(onHandleAndObject(FIELD_ACQUIRED.bindTo(fieldSite), type), type.returnType()));
    }

    /** {@code call}, a plain-mode call of a {@code VarHandle}, with a plain read or write of the handle's field before it. */
    private static MethodHandle withPlainFieldHook(MethodHandle call, int site, boolean write) {
        MethodHandle accessing = MethodHandles.insertArguments(FIELD_ACCESSING.bindTo(new FieldHandles.Site(site)), 2, write);
        return MethodHandles.foldArguments(call, onHandleAndObject(accessing, call.type()));
    }

    /** {@code call}, a plain-mode call of a {@code VarHandle} on an array and an index, with a plain read or write of the element before it. */
    private static MethodHandle withPlainElementHook(MethodHandle call, int site, boolean write) {
        MethodType type = call.type();
        MethodHandle accessing = MethodHandles.insertArguments(ELEMENT_ACCESSING, 3, site, write);
        return MethodHandles.foldArguments(call, accessing.asType(MethodType.methodType(void.class, type.parameterList().subList(0, 3))));
    }

    /**
     * Before a plain-mode call of an array element handle: a read or write of the element; not for a view of a
     * {@code byte[]} as wider values ({@code byteArrayViewVarHandle}), whose index counts bytes.
     */
    private static void elementAccessing(VarHandle handle, Object array, int index, int site, boolean write) {
        if (array != null && handle.varType().isAssignableFrom(array.getClass().getComponentType())) {
            if (write) {
                Weft.arrayWrite(array, index, site);
            } else {
                Weft.arrayRead(array, index, site);
            }
        }
    }

    /**
     * A hook of a handle and an object, taking the leading arguments of a call of {@code type} through a field
     * handle: the handle, and the field's object, the first argument after it (a static field's handle names none).
     */
    private static MethodHandle onHandleAndObject(MethodHandle hook, MethodType type) {
        boolean namesObject = type.parameterCount() >= 2 && !type.parameterType(1).isPrimitive();
        MethodHandle onBoth = namesObject ? hook : MethodHandles.insertArguments(hook, 1, (Object) null);
        return onBoth.asType(MethodType.methodType(void.class, type.parameterList().subList(0, namesObject ? 2 : 1)));
    }

    /**
     * {@code call}, a call on {@code sun.misc.Unsafe} given an object and an offset, with the hand-offs of
     * {@link UnsafeFields} before and after it ({@link #UNSAFE_OBJECT}).
     */
    private static MethodHandle withObjectHandOffs(MethodHandle call, int site) {
        MethodType type = call.type();
        MethodType atOffset = MethodType.methodType(void.class, type.parameterType(1), long.class);
        MethodHandle guarded = MethodHandles.foldArguments(call, 1, MethodHandles.insertArguments(UNSAFE_RELEASING, 2, site).asType(atOffset));
        MethodHandle after = MethodHandles.dropArguments(MethodHandles.insertArguments(UNSAFE_ACQUIRED, 2, site).asType(atOffset),
                0, type.parameterType(0));
        return MethodHandles.tryFinally(guarded, returning(after, type.returnType()));
    }

    /** {@code call} with a release before and an acquire after of each argument after the first that is a collection or a map. */
    private static MethodHandle withArgumentHandOffs(MethodHandle call, int site) {
        MethodType type = call.type();
        for (int i = 1; i < type.parameterCount(); i++) {
            Class<?> parameter = type.parameterType(i);
            if (java.util.Collection.class.isAssignableFrom(parameter) || java.util.Map.class.isAssignableFrom(parameter)) {
                MethodHandle before = onReceiver(RELEASING, site, parameter);
                MethodHandle after = onReceiver(ACQUIRED, site, parameter);
                MethodHandle guarded = MethodHandles.foldArguments(call, i, before);
                MethodHandle cleanup = MethodHandles.dropArguments(returning(after, type.returnType()),
                        type.returnType() == void.class ? 1 : 2, type.parameterList().subList(0, i));
                call = MethodHandles.tryFinally(guarded, cleanup);
            }
        }
        return call;
    }

    /**
     * After a JDK constructor that copied a collection or a map ({@code new ArrayList<>(queue)}): an acquire
     * of its sync object, when it synchronizes, as a call on it that read its elements would have; a read
     * of its contents, when they are checked ({@link CollectionContents}).
     */
    public static void copied(Object collection, int site) {
        acquired(collection, site);
        CollectionContents.argumentRead(collection, site);
    }

    /** {@code hook(receiver, site)} as a handle {@code (R)void}. */
    private static MethodHandle onReceiver(MethodHandle hook, int site, Class<?> receiver) {
        return MethodHandles.insertArguments(hook, 1, site).asType(MethodType.methodType(void.class, receiver));
    }

    /**
     * {@code call} checked as a read or a write of its receiver's contents after it returns (or throws), by
     * whether it changed the receiver's size ({@link CollectionContents#sizedCallEnded}).
     */
    private static MethodHandle sizeChecked(MethodHandle call, int site, MethodType type) {
        Class<?> receiver = type.parameterType(0);
        MethodHandle ended = MethodHandles.insertArguments(CONTENTS_SIZED_CALL_ENDED, 2, site)
                .asType(MethodType.methodType(void.class, int.class, receiver)); // (size before, receiver)
        MethodHandle withSize = MethodHandles.dropArguments(call, 0, int.class);
        MethodHandle guarded = MethodHandles.tryFinally(withSize, returning(ended, type.returnType()));
        return MethodHandles.foldArguments(guarded, CONTENTS_SIZE.asType(MethodType.methodType(int.class, receiver)));
    }

    /**
     * A {@code tryFinally} cleanup {@code (Throwable, V, R..)V} that runs {@code after(R..)} (on the call's
     * first arguments) and returns the result.
     */
    static MethodHandle returning(MethodHandle after, Class<?> returned) {
        MethodHandle withThrown = MethodHandles.dropArguments(after, 0, Throwable.class);
        if (returned == void.class) {
            return withThrown;
        }
        MethodHandle result = MethodHandles.dropArguments(MethodHandles.identity(returned), 0, Throwable.class);
        result = MethodHandles.dropArguments(result, 2, after.type().parameterList());
        return MethodHandles.foldArguments(result, MethodHandles.dropArguments(withThrown, 1, returned));
    }

    private static void releasing(Object receiver, int site) {
        Weft.releasing(SyncObjects.of(receiver), site);
        if (receiver instanceof CountedCompleter<?> task) { // tryComplete... may complete its completers: their joiners acquire
            for (CountedCompleter<?> c = task.getCompleter(); c != null; c = c.getCompleter()) {
                Weft.releasing(SyncObjects.of(c), site);
            }
        }
    }

    /** Before a call that may hash its key before its receiver synchronizes ({@link KeyHashingCalls}). */
    private static void releasingKeyed(Object receiver, int site, int receivers, boolean self) {
        KeyHashingCalls.releasing(receivers, receiver, self ? receiver : SyncObjects.of(receiver), site);
    }

    private static void acquired(Object receiver, int site) {
        Object sync = SyncObjects.of(receiver);
        if (sync != null) {
            SyncObjects.acquire(sync, site);
        }
    }

    /** After a call whose result (a task) the caller goes on with: the receiver's and the result's sync objects. */
    private static Object acquiredWithResult(Throwable thrown, Object result, Object receiver, int site) {
        acquired(receiver, site);
        if (thrown == null && result != null && result != receiver) {
            acquired(result, site);
        }
        return result;
    }

    private static Object acquiredSharing(Throwable thrown, Object result, Object receiver, int site, boolean edges) {
        Object sync = edges ? SyncObjects.of(receiver) : receiver;
        if (edges && sync != null) {
            SyncObjects.acquire(sync, site);
        }
        if (thrown == null) {
            SyncObjects.share(result, sync);
        }
        return result;
    }

    /** Before {@code condition.await(..)}: the condition's lock, when known, is released until it returns. */
    private static void awaiting(Object condition, int site) {
        Object sync = SyncObjects.of(condition);
        if (sync != condition) {
            Weft.awaitingCondition(sync, site);
        }
        Weft.releasing(sync, site);
    }

    private static void awoke(Object condition, int site) {
        Object sync = SyncObjects.of(condition);
        if (sync != condition) {
            Weft.awokeFromCondition(sync, site);
        }
        if (sync != null) {
            SyncObjects.acquire(sync, site);
        }
    }
}
