package dev.weft.agent.race;

import dev.weft.agent.identity.WeakIdentityMap;
import dev.weft.agent.deadlock.ReadWriteLocks;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.analysis.race.FastTrack;
import dev.weft.analysis.race.InitHandOffs;
import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.ThreadClocks;
import dev.weft.analysis.race.VarTable;
import dev.weft.report.Finding;
import dev.weft.runtime.Listener;
import dev.weft.runtime.Shadowed;
import java.lang.ref.WeakReference;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The listener that finds data races as the program runs: it keeps FastTrack's shadow state next to the
 * program's objects and runs {@link FastTrack} on every instrumented access and synchronization.
 *
 * <p><b>Shadow state</b> (FastTrack's own rules are in {@link FastTrack}):
 * <ul>
 *   <li>a {@link RaceThread} per thread, reached through a {@link ThreadLocal}; also in a weak map from
 *       each {@code Thread}, so that a start can fork into the child's clock before the child runs, and a
 *       join can read the clock of the thread it joined. Only the owner changes it, except for
 *       those two.</li>
 *   <li>an {@link ObjectShadow} per object accessed or synchronized on (the {@link VarTable} of its
 *       fields or elements, and its clocks): in the object's own
 *       {@code weft$shadow} field when its class is {@link Shadowed} (set once, by the class's own
 *       compare-and-set: see {@link ShadowedClass}), otherwise in a {@link WeakIdentityMap} (arrays, the JDK's objects,
 *       classes loaded before weft).</li>
 *   <li>a {@link StaticShadow} for the static fields of every class (a {@code VarTable} too).</li>
 * </ul>
 * An access on the common path reads the thread local and the object's shadow field, finds the
 * variable's slot in its table and runs FastTrack's same-epoch check on it: no lock and no allocation.
 *
 * <p>Happens-before edges: monitors and locks (a read-write lock has two clocks, see {@link FastTrack}; so
 * has a {@code StampedLock}, whose read-mode calls release into its readers' clock),
 * {@code wait}, volatile fields, {@code Thread.start} and a {@code join} that saw the thread end, and the
 * generic {@code releasing}/{@code acquired} hand-offs. Accesses made while the thread runs a static
 * initializer are checked against the accesses before them but not recorded: class initialization
 * happens before every other use of the class, so no later access is checked against them. Reads in a
 * {@code StampedLock} optimistic read, which the program validates, and a shutdown hook's accesses are
 * not checked.
 */
public final class RaceTracker implements Listener {

    /** The share of the heap ({@code Runtime.maxMemory()}) the threads' clocks may take: a quarter. */
    static final int CLOCK_BUDGET_DIVISOR = 4;

    private final ThreadClocks clocks;
    private final WeakIdentityMap<RaceThread> threads = new WeakIdentityMap<>();
    private final ThreadLocal<RaceThread> current = ThreadLocal.withInitial(() -> threadOf(Thread.currentThread()));
    private final WeakIdentityMap<ObjectShadow> others = new WeakIdentityMap<>();
    private final StaticShadow statics = new StaticShadow();
    private final ClassValue<ShadowedClass> shadowedClasses = new ClassValue<>() {
        @Override
        protected ShadowedClass computeValue(Class<?> type) {
            return new ShadowedClass();
        }
    };
    private final ReadWriteLocks readWriteLocks = new ReadWriteLocks();
    private final RaceReporter reporter;
    private final FastTrack fastTrack;
    private final InitHandOffs initHandOffs = new InitHandOffs();

    /**
     * @param fields    names the field ids of the instrumented accesses
     * @param sites     names the sites
     * @param locksHeld the locks the calling thread holds, named for a report
     * @param sink      receives each race, once per variable and pair of sites
     * @param stop      told once, with the reason, when the threads' clocks outgrow their budget (a quarter of
     *                  the heap): race detection must then stop, the findings made so far stay
     */
    public RaceTracker(FieldRegistry fields, SiteRegistry sites, Supplier<List<String>> locksHeld,
                       Consumer<? super Finding> sink, Consumer<String> stop) {
        long budget = Runtime.getRuntime().maxMemory() / CLOCK_BUDGET_DIVISOR;
        clocks = new ThreadClocks(budget, alive -> stop.accept(alive + " threads alive at once, with the last clocks of ended threads"
                + " still held, need more clock memory than "
                + budget / (1024 * 1024) + " MB (a quarter of the heap)"));
        reporter = new RaceReporter(fields, sites, clocks, locksHeld, sink);
        fastTrack = new FastTrack((var, priorEpoch, priorSite, priorKind, thread, site, kind) -> {
            if (reporter.reported(site, priorSite)) { // a racy variable races again at every access: keep that cheap
                return;
            }
            RaceThread t = current.get();
            if (!initHandOffs.any() || !receivedByAnInitializer(t, priorEpoch)) {
                reporter.race(t, var, priorEpoch, priorSite, priorKind, site, kind);
            }
        });
    }

    /**
     * True when {@code priorEpoch}, the earlier access a race of {@code t} met, is one that a static initializer
     * learnt of while it ran ({@link InitHandOffs}): then {@code t} is to acquire that initialization's end once its
     * access is done ({@link RaceThread#initEnd}; {@code t.conflicts} is then not {@code null}).
     */
    private boolean receivedByAnInitializer(RaceThread t, long priorEpoch) {
        SyncClock end = initHandOffs.receivedBy(priorEpoch);
        if (end == null) {
            return false;
        }
        t.initEnd = end;
        if (t.conflicts == null) {
            t.conflicts = new ArrayList<>(1);
        }
        return true;
    }

    private RaceThread threadOf(Thread thread) {
        return threads.entry(thread, () -> new RaceThread(clocks.newThread(new Ended(thread), RaceReporter.ThreadName.of(thread)))).value;
    }

    /** Whether a thread has ended, without keeping it alive. */
    private static final class Ended extends WeakReference<Thread> implements BooleanSupplier {
        Ended(Thread thread) {
            super(thread);
        }

        @Override
        public boolean getAsBoolean() {
            Thread thread = get();
            return thread == null || !thread.isAlive();
        }
    }

    // ---- shadow state ------------------------------------------------------------------------

    private ObjectShadow shadowOf(RaceThread t, Object object) {
        if (object instanceof Shadowed shadowed) {
            Object shadow = shadowed.weft$shadow();
            return shadow != null ? (ObjectShadow) shadow : shadowedClasses.get(object.getClass()).install(shadowed);
        }
        return mappedShadowOf(t, object);
    }

    /**
     * The shadow of {@code object}, which is not {@link Shadowed} (an array, a JDK object...), from the weak map
     * through the thread's recently used entries; its identity hash is asked of the VM once.
     */
    private ObjectShadow mappedShadowOf(RaceThread t, Object object) {
        int hash = System.identityHashCode(object);
        int slot = hash & (RaceThread.RECENT - 1);
        WeakIdentityMap.Entry<ObjectShadow> entry = t.recent[slot];
        if (entry == null || entry.get() != object) {
            entry = others.entry(object, hash, ObjectShadow::new);
            t.recent[slot] = entry;
        }
        return entry.value;
    }

    /** The shadow of {@code object} (neither {@link Shadowed} nor {@code null}) if it has one, or {@code null}. */
    private ObjectShadow existingShadowOf(RaceThread t, Object object) {
        int hash = System.identityHashCode(object);
        WeakIdentityMap.Entry<ObjectShadow> entry = t.recent[hash & (RaceThread.RECENT - 1)];
        return entry != null && entry.get() == object ? entry.value : others.peek(object, hash);
    }

    /** The table of {@code owner}'s fields, or of the static fields when it is {@code null}. */
    private VarTable fieldsOf(RaceThread t, Object owner) {
        return owner == null ? statics : shadowOf(t, owner);
    }

    /**
     * The slot of {@code field} in {@code vars}, the table of {@code owner}'s fields, given it on its first
     * access: in the shadow of an object of a {@link Shadowed} class, with room for as many fields as that
     * class's shadows came to hold.
     */
    private int fieldSlot(VarTable vars, Object owner, int field) {
        int slot = vars.slotIfAny(field);
        if (slot >= 0) {
            return slot;
        }
        return owner instanceof Shadowed ? shadowedClasses.get(owner.getClass()).sizing.slot((ObjectShadow) vars, field) : vars.slot(field);
    }

    private SyncClock volatileField(RaceThread t, Object owner, int field) {
        return owner == null ? statics.clock(field) : shadowOf(t, owner).clock(field);
    }

    /** True when the thread's reads are not checked as usual now (a static initializer, a shutdown hook, an optimistic read). */
    private static boolean readsUnchecked(RaceThread t) {
        return t.initializing != 0 || t.optimisticRead;
    }

    /** True when the thread's writes are not checked as usual now (a static initializer, a shutdown hook). */
    private static boolean writesUnchecked(RaceThread t) {
        return t.initializing != 0;
    }

    /**
     * An access the thread makes when it is not checked as usual: in a static initializer (but for an
     * optimistic read or a shutdown hook, whose accesses are not checked at all) it is checked against the
     * accesses recorded before it, and not recorded (see {@link FastTrack#check}). The JVM orders a class's
     * initialization before every use of the class by another thread (JLS 12.4.2), so no later access may
     * be checked against it: what the initializer wrote into its own class's fields and into objects it
     * made has no state before it, and nothing is added for it.
     */
    private void checkInClassInit(RaceThread t, VarTable vars, int key, int site, boolean write) {
        if (t.shutdownHook || (!write && t.optimisticRead) || vars == null) {
            return;
        }
        int slot = vars.slotIfAny(key);
        if (slot >= 0) {
            fastTrack.check(t.clock, vars, slot, site, write);
            if (t.conflicts != null) {
                reportRaces(t);
            }
        }
    }

    /** The shadow of {@code object}'s fields or elements if it has one, else {@code null}; the statics' for {@code null}. */
    private VarTable existingFieldsOf(RaceThread t, Object object) {
        if (object == null) {
            return statics;
        }
        if (object instanceof Shadowed shadowed) {
            return (ObjectShadow) shadowed.weft$shadow();
        }
        return existingShadowOf(t, object);
    }

    /** The shadow of {@code array} for an access to element {@code index}, or {@code null} when the access is about to throw. */
    private ObjectShadow arrayOf(RaceThread t, Object array, int index) {
        if (index < 0 || index >= Array.getLength(array)) {
            return null;
        }
        t.arrayType = array.getClass();
        return mappedShadowOf(t, array); // an array is never Shadowed: no interface check
    }

    /**
     * Reports the races of the thread's current access; first, when an earlier access it met was one a static
     * initializer received from another thread, the thread acquires that initialization's end ({@link InitHandOffs}).
     */
    private void reportRaces(RaceThread t) {
        if (t.initEnd != null) {
            fastTrack.acquire(t.clock, t.initEnd);
            t.initEnd = null;
        }
        if (t.conflicts.isEmpty()) {
            t.conflicts = null;
            return;
        }
        reporter.report(t);
    }

    private void read(RaceThread t, VarTable vars, int slot, int site) {
        fastTrack.read(t.clock, vars, slot, site);
        if (t.conflicts != null) {
            reportRaces(t);
        }
    }

    private void write(RaceThread t, VarTable vars, int slot, int site) {
        fastTrack.write(t.clock, vars, slot, site);
        if (t.conflicts != null) {
            reportRaces(t);
        }
    }

    private void acquire(Object sync, int key) {
        RaceThread t = current.get();
        fastTrack.acquire(t.clock, shadowOf(t, sync).clock(key));
    }

    private void release(Object sync, int key) {
        RaceThread t = current.get();
        fastTrack.release(t.clock, shadowOf(t, sync).clock(key));
    }

    // ---- memory accesses ---------------------------------------------------------------------

    @Override
    public void fieldRead(Object owner, int field, int site) {
        RaceThread t = current.get();
        if (!readsUnchecked(t)) {
            VarTable vars = fieldsOf(t, owner);
            read(t, vars, fieldSlot(vars, owner, field), site);
        } else {
            checkInClassInit(t, existingFieldsOf(t, owner), field, site, false);
        }
    }

    @Override
    public void fieldWritten(Object owner, int field, int site) {
        RaceThread t = current.get();
        if (!writesUnchecked(t)) {
            VarTable vars = fieldsOf(t, owner);
            write(t, vars, fieldSlot(vars, owner, field), site);
        } else {
            checkInClassInit(t, existingFieldsOf(t, owner), field, site, true);
        }
    }

    @Override
    public void volatileRead(Object owner, int field, int site) {
        RaceThread t = current.get();
        fastTrack.acquire(t.clock, volatileField(t, owner, field));
    }

    @Override
    public void volatileWriting(Object owner, int field, int site) {
        RaceThread t = current.get();
        fastTrack.release(t.clock, volatileField(t, owner, field));
    }

    @Override
    public void arrayRead(Object array, int index, int site) {
        RaceThread t = current.get();
        if (readsUnchecked(t)) {
            t.arrayType = array.getClass();
            checkInClassInit(t, existingFieldsOf(t, array), ObjectShadow.elementKey(index), site, false);
            return;
        }
        ObjectShadow shadow = arrayOf(t, array, index);
        if (shadow != null) {
            read(t, shadow, shadow.element(index), site);
        }
    }

    @Override
    public void arrayWritten(Object array, int index, int site) {
        RaceThread t = current.get();
        if (writesUnchecked(t)) {
            t.arrayType = array.getClass();
            checkInClassInit(t, existingFieldsOf(t, array), ObjectShadow.elementKey(index), site, true);
            return;
        }
        ObjectShadow shadow = arrayOf(t, array, index);
        if (shadow != null) {
            write(t, shadow, shadow.element(index), site);
        }
    }

    /**
     * The elements a JDK call accesses in bulk ({@code System.arraycopy}, {@code Arrays.fill}...) are
     * checked as element accesses, but only those that instrumented code has accessed already (they have
     * a slot in the array's shadow), and only in an array that has a shadow: a bulk call adds no state.
     * Most arrays a library copies are never accessed element by element, and a slot for every element
     * copied doubled the peak memory of the H2 workload. So a race between a bulk call and an element
     * access is found once the element was accessed by instrumented code before either, as a loop
     * does; a race whose element no instrumented code touched before is missed.
     */
    @Override
    public void arrayElementsAccessed(Object array, int from, int to, boolean write, int site) {
        RaceThread t = current.get();
        if (t.shutdownHook || (!write && t.optimisticRead)) {
            return;
        }
        ObjectShadow shadow = existingShadowOf(t, array);
        if (shadow == null) {
            return;
        }
        t.arrayType = array.getClass();
        int slots = shadow.slots();
        if (to - from <= slots) {
            for (int i = from; i < to; i++) {
                int slot = shadow.slotIfAny(ObjectShadow.elementKey(i));
                if (slot >= 0) {
                    access(t, shadow, slot, site, write);
                }
            }
        } else {
            for (int slot = 0; slot < slots; slot++) {
                int index = ObjectShadow.elementKey(shadow.key(slot)); // the key of an element is its own inverse
                if (index >= from && index < to) {
                    access(t, shadow, slot, site, write);
                }
            }
        }
    }

    /**
     * A call on one of the JDK's non-thread-safe collections ({@code list.add(x)}, {@code map.get(k)}) reads
     * or writes one variable of the collection's shadow, its contents ({@link ObjectShadow#CONTENTS}), checked
     * as a field is. The shadow is found as an array's: through the thread's recently used entries.
     */
    @Override
    public void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) {
        RaceThread t = current.get();
        if (write ? writesUnchecked(t) : readsUnchecked(t)) {
            t.collectionType = shownAs;
            checkInClassInit(t, existingFieldsOf(t, collection), ObjectShadow.CONTENTS, site, write);
            return;
        }
        ObjectShadow shadow = shadowOf(t, collection);
        t.collectionType = shownAs;
        access(t, shadow, shadow.slot(ObjectShadow.CONTENTS), site, write);
    }

    /** The access made under the wrapper's lock, between an acquire and a release of that monitor. */
    @Override
    public void lockedContentsAccessed(Object lock, Object collection, Class<?> shownAs, boolean write, int site) {
        acquire(lock, ObjectShadow.LOCK);
        contentsAccessed(collection, shownAs, write, site);
        release(lock, ObjectShadow.LOCK);
    }

    private void access(RaceThread t, VarTable vars, int slot, int site, boolean write) {
        if (t.initializing != 0) {
            fastTrack.check(t.clock, vars, slot, site, write);
            if (t.conflicts != null) {
                reportRaces(t);
            }
        } else if (write) {
            write(t, vars, slot, site);
        } else {
            read(t, vars, slot, site);
        }
    }

    // ---- synchronization ---------------------------------------------------------------------

    @Override
    public void monitorEntered(Object monitor, int site) {
        acquire(monitor, ObjectShadow.LOCK);
    }

    @Override
    public void monitorExiting(Object monitor, int site) {
        release(monitor, ObjectShadow.LOCK);
    }

    /**
     * A write lock (or a plain lock) acquires both clocks of its lock, a read lock only the writers'. A
     * view of a {@code StampedLock} takes the {@code StampedLock} in its mode, as its stamp calls do.
     */
    @Override
    public void lockAcquired(Object lock, int site) {
        Object stamped = readWriteLocks.stampedLockOf(lock);
        if (stamped != null) {
            acquire(stamped, ObjectShadow.HAND_OFF);
            if (!ReadWriteLocks.isStampedReadView(lock)) {
                acquire(stamped, ObjectShadow.READ_LOCK);
            }
            return;
        }
        Object owner = readWriteLocks.owner(lock);
        acquire(owner, ObjectShadow.LOCK);
        if (!ReadWriteLocks.isReadHalf(lock)) {
            acquire(owner, ObjectShadow.READ_LOCK);
        }
    }

    @Override
    public void lockReleasing(Object lock, int site) {
        Object stamped = readWriteLocks.stampedLockOf(lock);
        if (stamped != null) {
            release(stamped, ReadWriteLocks.isStampedReadView(lock) ? ObjectShadow.READ_LOCK : ObjectShadow.HAND_OFF);
            return;
        }
        release(readWriteLocks.owner(lock), ReadWriteLocks.isReadHalf(lock) ? ObjectShadow.READ_LOCK : ObjectShadow.LOCK);
    }

    @Override
    public void superLockAcquired(Object lock, int site) {
        lockAcquired(lock, site);
    }

    @Override
    public void superUnlocking(Object lock, int site) {
        lockReleasing(lock, site);
    }

    @Override
    public void waitRequested(Object monitor, int site, boolean timed) {
        release(monitor, ObjectShadow.LOCK);
    }

    @Override
    public void waitEnded(Object monitor, int site) {
        acquire(monitor, ObjectShadow.LOCK);
    }

    @Override
    public void threadStarting(Thread thread, int site) {
        fastTrack.fork(current.get().clock, threadOf(thread).clock);
    }

    /**
     * A thread factory the application handed to the JDK made {@code thread}, which the JDK starts (see
     * {@code MadeThreads}); the factory's return happens before that start.
     */
    @Override
    public void threadMade(Thread thread, int site) {
        threadStarting(thread, site);
    }

    /**
     * A shutdown hook runs when the JVM exits, after the threads it waited for ended (or a thread called
     * {@code System.exit}); the JDK starts it, so no start weft sees orders it. Its accesses are not checked
     * at all, as a static initializer's are not: no false race with what the program did before it exits,
     * at the price of the races of a hook with a thread still running then (a daemon's).
     */
    @Override
    public void shutdownHookAdded(Thread hook, int site) {
        RaceThread t = threadOf(hook);
        t.initializing++;
        t.shutdownHook = true;
    }

    @Override
    public void joinEnded(Thread thread, int site) {
        if (!thread.isAlive()) {
            RaceThread joined = threads.get(thread);
            if (joined != null) {
                fastTrack.join(current.get().clock, joined.clock);
            }
        }
    }

    @Override
    public void releasing(Object sync, int site) {
        release(sync, ObjectShadow.HAND_OFF);
        RaceThread t = current.get();
        t.releasedLast = sync;
        t.keyHash.released();
    }

    /**
     * A {@code ConcurrentHashMap} call hashes its key before it reads the table: the key's {@code hashCode()}, the
     * thread's next callback when the key's class has one, is ordered after nothing the map received
     * ({@link #hashCodeEntered}), so two threads that compute a key's cached hash in {@code get(key)} race.
     */
    @Override
    public void releasingBeforeKeyHash(Object sync, int site) {
        releasing(sync, site);
        current.get().keyHash.announced();
    }

    @Override
    public void acquired(Object sync, int site) {
        RaceThread t = current.get();
        acquireHandOff(t, sync);
        t.releasedLast = null;
        t.keyHash.acquired();
    }

    /**
     * An acquire of {@code sync} as a hand-off; of a {@code ConcurrentHashMap}, also of what its keyed functions
     * released ({@link #keyedFunctionExiting}), once one has.
     */
    private void acquireHandOff(RaceThread t, Object sync) {
        ObjectShadow shadow = shadowOf(t, sync);
        fastTrack.acquire(t.clock, shadow.clock(ObjectShadow.HAND_OFF));
        if (sync.getClass() == ConcurrentHashMap.class) {
            SyncClock functions = shadow.existingClock(ObjectShadow.KEYED_FUNCTIONS);
            if (functions != null) {
                fastTrack.acquire(t.clock, functions);
            }
        }
    }

    /**
     * A function of a keyed call of a {@code ConcurrentHashMap} acquires what the map's calls released and what the
     * functions of its key's number released, not what the functions of other keys released.
     */
    @Override
    public void keyedFunctionEntered(Object map, int key, int site) {
        RaceThread t = current.get();
        ObjectShadow shadow = shadowOf(t, map);
        fastTrack.acquire(t.clock, shadow.clock(ObjectShadow.HAND_OFF));
        fastTrack.acquire(t.clock, shadow.clock(ObjectShadow.MAP_KEY - key));
        t.releasedLast = null;
        t.keyHash.acquired();
    }

    /** Such a function releases into its key's number and into what every acquire of the map acquires. */
    @Override
    public void keyedFunctionExiting(Object map, int key, int site) {
        RaceThread t = current.get();
        ObjectShadow shadow = shadowOf(t, map);
        fastTrack.release(t.clock, shadow.clock(ObjectShadow.MAP_KEY - key));
        fastTrack.release(t.clock, shadow.clock(ObjectShadow.KEYED_FUNCTIONS));
        t.releasedLast = map;
        t.keyHash.released();
    }

    /** A read-mode call on a {@code StampedLock} releases into its readers' clock, which only write stamps acquire. */
    @Override
    public void releasingShared(Object sync, int site) {
        release(sync, ObjectShadow.READ_LOCK);
    }

    @Override
    public void acquiredExclusive(Object sync, int site) {
        acquire(sync, ObjectShadow.READ_LOCK);
    }

    /**
     * Inside a call on a synchronizing object, a callback acquires its sync object when it begins and
     * releases it when it returns (see {@link Listener#callbackEntered}).
     */
    @Override
    public void callbackEntered(int site) {
        RaceThread t = current.get();
        callbackEntered(t, t.keyHash.callbackAcquires());
    }

    private void callbackEntered(RaceThread t, boolean acquires) {
        Object sync = t.releasedLast;
        if (acquires && sync != null) {
            acquireHandOff(t, sync);
        }
    }

    /**
     * The {@code hashCode()} of a {@code ConcurrentHashMap} call's key ({@link #releasingBeforeKeyHash}) acquires nothing,
     * nor do the callbacks it runs; it still releases into the map when it returns, as the map's later synchronization
     * publishes what it wrote. Any other {@code hashCode()} is a callback as {@code compareTo} is.
     */
    @Override
    public void hashCodeEntered(int site) {
        RaceThread t = current.get();
        callbackEntered(t, t.keyHash.hashCodeAcquires());
    }

    @Override
    public void callbackExited(int site) {
        RaceThread t = current.get();
        t.keyHash.exited();
        Object sync = t.releasedLast;
        if (sync != null) {
            release(sync, ObjectShadow.HAND_OFF);
        }
    }

    @Override
    public void classInitStarted(int site) {
        RaceThread t = current.get();
        if (t.initializing++ == 0) {
            t.initStart = t.clock.snapshot();
        }
    }

    @Override
    public void classInitEnded(int site) {
        RaceThread t = current.get();
        if (t.initializing > 0 && --t.initializing == 0 && t.initStart != null) {
            initHandOffs.ended(t.clock, t.initStart, fastTrack);
            t.initStart = null;
        }
    }

    @Override
    public void optimisticReadBegan(Object lock, int site) {
        RaceThread t = current.get();
        if (t.optimisticReads == null) {
            t.optimisticReads = new OptimisticReads();
        }
        t.optimisticReads.began(lock);
        t.optimisticRead = true;
    }

    @Override
    public void optimisticReadEnded(Object lock, int site) {
        RaceThread t = current.get();
        if (t.optimisticRead) {
            t.optimisticRead = t.optimisticReads.ended(lock);
        }
    }
}
