package dev.weft.agent.trace;

import dev.weft.agent.deadlock.ReadWriteLocks;
import dev.weft.agent.identity.WeakIdentityMap;
import dev.weft.agent.race.KeyHashWindow;
import dev.weft.agent.race.OptimisticReads;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.Listener;
import dev.weft.trace.Acquired;
import dev.weft.trace.ArrayRead;
import dev.weft.trace.ArrayWritten;
import dev.weft.trace.ClassInitEnded;
import dev.weft.trace.ClassInitStarted;
import dev.weft.trace.ContentsAccessed;
import dev.weft.trace.ElementsAccessed;
import dev.weft.trace.Event;
import dev.weft.trace.FieldRead;
import dev.weft.trace.FieldWritten;
import dev.weft.trace.JoinEnded;
import dev.weft.trace.JoinRequested;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockNotAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.LockRequested;
import dev.weft.trace.Released;
import dev.weft.trace.SuperLockAcquired;
import dev.weft.trace.SuperUnlocking;
import dev.weft.trace.ThreadJoined;
import dev.weft.trace.ThreadStarted;
import dev.weft.trace.VolatileRead;
import dev.weft.trace.VolatileWritten;
import dev.weft.trace.WaitBegan;
import dev.weft.trace.WaitEnded;
import dev.weft.trace.io.TraceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.StampedLock;

/**
 * The listener behind {@code trace=PATH}: writes every event the hooks see to a trace file (format:
 * {@code docs/trace-format.md}), for {@code weft analyze}.
 *
 * <p>Objects get numbers the first time an event names them (through a weak identity map: the trace
 * never keeps an object alive), and each table record (site, thread, lock, field, array) is written just
 * before the first event that uses it. Events are written in the order they happen, under the recorder's
 * own monitor: recording is a diagnostic mode that serializes the program's synchronization events, and
 * costs accordingly. The file is flushed every {@link #FLUSH_MILLIS} ms, before a halt and at exit; a
 * JVM killed in between leaves a trace whose cut-off last record the reader tolerates. After an I/O
 * error, recording stops with one warning line.
 */
public final class TraceRecorder implements Listener {

    static final long FLUSH_MILLIS = 200;

    private final TraceWriter writer;
    private final Path file;
    private final SiteRegistry sites;
    private final FieldRegistry fields;
    private final ReadWriteLocks readWriteLocks = new ReadWriteLocks();
    private final WeakIdentityMap<Long> ids = new WeakIdentityMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    // guarded by this:
    private final BitSet sitesWritten = new BitSet();
    private final BitSet fieldsWritten = new BitSet();
    private final Set<Long> threadsWritten = new HashSet<>();
    private final Set<Long> objectsDeclared = new HashSet<>();
    private boolean broken;
    private final Set<Long> shutdownHooks = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<ThreadState> states = ThreadLocal.withInitial(() -> new ThreadState(shutdownHooks.contains(tid())));

    /**
     * What the race detector keeps per thread beyond clocks, so that a trace gives the live findings: the
     * accesses it does not check are not recorded (those of a shutdown hook, the reads of an optimistic read),
     * and a callback's hand-off is recorded as an acquire and a release of the sync object it uses (no acquire for
     * the key's {@code hashCode()} in a {@code ConcurrentHashMap} call: {@link KeyHashWindow}).
     */
    private static final class ThreadState {
        final boolean shutdownHook;
        final OptimisticReads optimisticReads = new OptimisticReads();
        Object releasedLast;
        final KeyHashWindow keyHash = new KeyHashWindow();

        ThreadState(boolean shutdownHook) {
            this.shutdownHook = shutdownHook;
        }
    }

    private TraceRecorder(TraceWriter writer, Path file, SiteRegistry sites, FieldRegistry fields) {
        this.writer = writer;
        this.file = file;
        this.sites = sites;
        this.fields = fields;
    }

    /**
     * A recorder writing to {@code file} (replaced), flushed by a daemon thread of its own.
     *
     * @param fields the field registry of race detection, or {@code null} when memory accesses are not instrumented
     */
    public static TraceRecorder to(Path file, SiteRegistry sites, FieldRegistry fields) throws IOException {
        TraceRecorder recorder = new TraceRecorder(TraceWriter.to(file), file, sites, fields);
        Thread flusher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(FLUSH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                recorder.flush();
            }
        }, "weft-trace-flusher");
        flusher.setDaemon(true);
        flusher.start();
        return recorder;
    }

    /** Pushes what is buffered to the file. */
    public synchronized void flush() {
        if (!broken) {
            try {
                writer.flush();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    private void fail(IOException e) {
        broken = true;
        System.err.println("weft: cannot write the trace " + file + ", recording stopped: " + e.getMessage());
    }

    private synchronized void record(Event event, int site) {
        if (broken) {
            return;
        }
        try {
            long tid = event.tid();
            if (threadsWritten.add(tid)) {
                writer.thread(tid, Thread.currentThread().getName());
            }
            if (site >= 0 && !sitesWritten.get(site)) {
                sitesWritten.set(site);
                writer.site(site, sites.site(site));
                SiteRegistry.ContentsCall call = sites.contentsCall(site);
                if (call != null) {
                    writer.contentsCall(site, call.method(), call.heldIn());
                }
            }
            writer.event(event);
        } catch (IOException e) {
            fail(e);
        }
    }

    /**
     * The number of a lock (both halves of a read-write lock share one, a {@code StampedLock}'s views that of the
     * {@code StampedLock}), declared in the trace once.
     */
    private long lock(Object lock) {
        Object stamped = readWriteLocks.stampedLockOf(lock);
        Object key = stamped != null ? stamped : ReadWriteLocks.isHalf(lock) ? readWriteLocks.owner(lock) : lock;
        long id = number(key);
        declare(id, () -> writer.lock(ReadWriteLocks.describe(id, key, lock)));
        return id;
    }

    private long number(Object object) {
        return ids.entry(object, nextId::getAndIncrement).value;
    }

    private interface Declaration {
        void write() throws IOException;
    }

    private synchronized void declare(long id, Declaration declaration) {
        if (!broken && objectsDeclared.add(id)) {
            try {
                declaration.write();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    private synchronized void declareField(int field) {
        if (!broken && fields != null && !fieldsWritten.get(field)) {
            fieldsWritten.set(field);
            try {
                writer.field(field, fields.name(field));
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    private static long tid() {
        return Thread.currentThread().getId();
    }

    // ---- locks, waits, threads --------------------------------------------------------------------

    @Override
    public void monitorEnterRequested(Object monitor, int site) {
        record(new LockRequested(tid(), lock(monitor), site, false, false), site);
    }

    @Override
    public void monitorEntered(Object monitor, int site) {
        record(new LockAcquired(tid(), lock(monitor), site, false), site);
    }

    @Override
    public void monitorExiting(Object monitor, int site) {
        record(new LockReleased(tid(), lock(monitor), site, false), site);
    }

    /** Whether {@code lock} is held in shared mode: a read-write lock's read half, a {@code StampedLock}'s read view. */
    private static boolean shared(Object lock) {
        return ReadWriteLocks.isReadHalf(lock) || ReadWriteLocks.isStampedReadView(lock);
    }

    /**
     * A call on a synchronized wrapper takes its mutex inside the JDK, unseen: recorded as a request (the lock-order
     * edges from the locks held, the wait of a deadlock the call ends in), its end as a request not granted. The
     * race detector's edges of the call come with its {@link #lockedContentsAccessed}.
     */
    @Override
    public void wrapperLockTaking(Object mutex, int site) {
        record(new LockRequested(tid(), lock(mutex), site, false, false), site);
    }

    @Override
    public void wrapperLockReleased(Object mutex, int site) {
        record(new LockNotAcquired(tid(), lock(mutex), site), site);
    }

    @Override
    public void lockRequested(Object lock, int site, boolean timed) {
        record(new LockRequested(tid(), lock(lock), site, shared(lock), timed), site);
    }

    /**
     * A {@code StampedLock}'s view also acquires what the lock's stamp calls released, as they are recorded
     * ({@link #releasing}, {@link #releasingShared}): the writers' side, and for a write view the readers' too.
     */
    @Override
    public void lockAcquired(Object lock, int site) {
        long id = lock(lock);
        record(new LockAcquired(tid(), id, site, shared(lock)), site);
        if (readWriteLocks.stampedLockOf(lock) != null) {
            record(new Acquired(tid(), id), -1);
            if (!ReadWriteLocks.isStampedReadView(lock)) {
                record(new Acquired(tid(), -id), -1);
            }
        }
    }

    @Override
    public void lockNotAcquired(Object lock, int site) {
        record(new LockNotAcquired(tid(), lock(lock), site), site);
    }

    @Override
    public void lockReleasing(Object lock, int site) {
        long id = lock(lock);
        if (readWriteLocks.stampedLockOf(lock) != null) {
            record(new Released(tid(), ReadWriteLocks.isStampedReadView(lock) ? -id : id), -1);
        }
        record(new LockReleased(tid(), id, site, shared(lock)), site);
    }

    /**
     * A {@code StampedLock}'s stamp calls, recorded as its views' lock operations are (a read stamp shared, a write
     * stamp exclusive, under the lock's one number): the wait-for and lock-order analyses see a thread that asks for a
     * write stamp while it holds a read stamp, and the race analysis the locks a thread holds. The edges these events
     * give it are those of the stamp calls' hand-offs, recorded with them.
     */
    @Override
    public void stampRequested(Object lock, boolean write, int site, boolean timed) {
        record(new LockRequested(tid(), stampedLock(lock), site, !write, timed), site);
    }

    @Override
    public void stampAcquired(Object lock, boolean write, int site) {
        record(new LockAcquired(tid(), stampedLock(lock), site, !write), site);
    }

    @Override
    public void stampNotAcquired(Object lock, int site) {
        record(new LockNotAcquired(tid(), stampedLock(lock), site), site);
    }

    @Override
    public void stampReleasing(Object lock, boolean write, int site) {
        record(new LockReleased(tid(), stampedLock(lock), site, !write), site);
    }

    /** The number of a {@code StampedLock}, declared as its views declare it (a read-write lock). */
    private long stampedLock(Object lock) {
        return lock(((StampedLock) lock).asWriteLock()); // made once, then kept by the lock
    }

    @Override
    public void waitRequested(Object monitor, int site, boolean timed) {
        record(new WaitBegan(tid(), lock(monitor), site, timed), site);
    }

    @Override
    public void waitEnded(Object monitor, int site) {
        record(new WaitEnded(tid(), lock(monitor), site), site);
    }

    /** A thread a factory made for the JDK to start: recorded as a start, as the live detector takes it. */
    @Override
    public void threadMade(Thread thread, int site) {
        threadStarting(thread, site);
    }

    @Override
    public void threadStarting(Thread thread, int site) {
        synchronized (this) {
            if (!broken && threadsWritten.add(thread.getId())) {
                try {
                    writer.thread(thread.getId(), thread.getName());
                } catch (IOException e) {
                    fail(e);
                }
            }
        }
        record(new ThreadStarted(tid(), thread.getId()), -1);
    }

    @Override
    public void joinRequested(Thread thread, int site, boolean timed) {
        record(new JoinRequested(tid(), thread.getId(), site, timed), site);
    }

    @Override
    public void joinEnded(Thread thread, int site) {
        record(new JoinEnded(tid(), thread.getId(), site), site);
        if (!thread.isAlive()) {
            record(new ThreadJoined(tid(), thread.getId()), -1);
        }
    }

    // ---- memory accesses and hand-offs (when race detection instruments them) --------------------

    private long object(Object owner) {
        return owner == null ? 0 : number(owner);
    }

    /**
     * A shutdown hook's accesses are not checked live (see {@code RaceTracker.shutdownHookAdded}), so not recorded;
     * the hook is registered before it can run, so before its thread's state is made.
     */
    @Override
    public void shutdownHookAdded(Thread hook, int site) {
        shutdownHooks.add(hook.getId());
    }

    @Override
    public void fieldRead(Object owner, int field, int site) {
        if (readsUnchecked()) {
            return;
        }
        declareField(field);
        record(new FieldRead(tid(), object(owner), field, site), site);
    }

    @Override
    public void fieldWritten(Object owner, int field, int site) {
        if (states.get().shutdownHook) {
            return;
        }
        declareField(field);
        record(new FieldWritten(tid(), object(owner), field, site), site);
    }

    @Override
    public void volatileRead(Object owner, int field, int site) {
        declareField(field);
        record(new VolatileRead(tid(), object(owner), field, site), site);
    }

    @Override
    public void volatileWriting(Object owner, int field, int site) {
        declareField(field);
        record(new VolatileWritten(tid(), object(owner), field, site), site);
    }

    private long array(Object array) {
        long id = number(array);
        declare(id, () -> writer.array(id, array.getClass().getTypeName()));
        return id;
    }

    @Override
    public void arrayRead(Object array, int index, int site) {
        if (readsUnchecked()) {
            return;
        }
        record(new ArrayRead(tid(), array(array), index, site), site);
    }

    @Override
    public void arrayWritten(Object array, int index, int site) {
        if (states.get().shutdownHook) {
            return;
        }
        record(new ArrayWritten(tid(), array(array), index, site), site);
    }

    @Override
    public void arrayElementsAccessed(Object array, int from, int to, boolean write, int site) {
        if (write ? states.get().shutdownHook : readsUnchecked()) {
            return;
        }
        record(new ElementsAccessed(tid(), array(array), from, to, write, site), site);
    }

    @Override
    public void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) {
        contents(0, collection, shownAs, write, site);
    }

    @Override
    public void lockedContentsAccessed(Object lock, Object collection, Class<?> shownAs, boolean write, int site) {
        contents(lock(lock), collection, shownAs, write, site);
    }

    private void contents(long lock, Object collection, Class<?> shownAs, boolean write, int site) {
        if (write ? states.get().shutdownHook : readsUnchecked()) {
            return;
        }
        long type = number(shownAs);
        declare(type, () -> writer.className(type, shownAs.getName()));
        record(new ContentsAccessed(tid(), number(collection), type, lock, write, site), site);
    }

    @Override
    public void superLockAcquired(Object lock, int site) {
        record(new SuperLockAcquired(tid(), lock(lock)), -1);
    }

    @Override
    public void superUnlocking(Object lock, int site) {
        record(new SuperUnlocking(tid(), lock(lock)), -1);
    }

    @Override
    public void releasing(Object sync, int site) {
        record(new Released(tid(), number(sync)), -1);
        ThreadState state = states.get();
        state.releasedLast = sync;
        state.keyHash.released();
    }

    @Override
    public void releasingBeforeKeyHash(Object sync, int site) {
        releasing(sync, site);
        states.get().keyHash.announced();
    }

    @Override
    public void acquired(Object sync, int site) {
        acquireHandOff(sync);
        ThreadState state = states.get();
        state.releasedLast = null;
        state.keyHash.acquired();
    }

    /** An acquire of {@code sync}; of a {@code ConcurrentHashMap}, also of what its keyed functions released, as live. */
    private void acquireHandOff(Object sync) {
        long id = number(sync);
        record(new Acquired(tid(), id), -1);
        if (sync.getClass() == ConcurrentHashMap.class) {
            record(new Acquired(tid(), keyedFunctionsOf(id)), -1);
        }
    }

    /** A keyed function of a {@code ConcurrentHashMap} begins: the map's calls and its key's number, as live. */
    @Override
    public void keyedFunctionEntered(Object map, int key, int site) {
        long id = number(map);
        record(new Acquired(tid(), id), -1);
        record(new Acquired(tid(), mapKeyOf(id, key)), -1);
        ThreadState state = states.get();
        state.releasedLast = null;
        state.keyHash.acquired();
    }

    @Override
    public void keyedFunctionExiting(Object map, int key, int site) {
        long id = number(map);
        record(new Released(tid(), mapKeyOf(id, key)), -1);
        record(new Released(tid(), keyedFunctionsOf(id)), -1);
        ThreadState state = states.get();
        state.releasedLast = map;
        state.keyHash.released();
    }

    /**
     * The sync number standing for what the keyed functions of map {@code id} released: above every object's number
     * (which stay below 2^40), as are those of its key numbers ({@link #mapKeyOf}).
     */
    private static long keyedFunctionsOf(long id) {
        return id | 1L << 47;
    }

    /** The sync number standing for key number {@code key} (below 64) of map {@code id}'s keyed functions. */
    private static long mapKeyOf(long id, int key) {
        return id | (long) (key + 1) << 40;
    }

    /** The readers' side of {@code sync} is recorded as the negated number of {@code sync}. */
    @Override
    public void releasingShared(Object sync, int site) {
        record(new Released(tid(), -number(sync)), -1);
    }

    @Override
    public void acquiredExclusive(Object sync, int site) {
        record(new Acquired(tid(), -number(sync)), -1);
    }

    private boolean readsUnchecked() {
        ThreadState state = states.get();
        return state.shutdownHook || state.optimisticReads.open();
    }

    @Override
    public void classInitStarted(int site) {
        if (!states.get().shutdownHook) {
            record(new ClassInitStarted(tid()), -1);
        }
    }

    @Override
    public void classInitEnded(int site) {
        if (!states.get().shutdownHook) {
            record(new ClassInitEnded(tid()), -1);
        }
    }

    @Override
    public void optimisticReadBegan(Object lock, int site) {
        states.get().optimisticReads.began(lock);
    }

    @Override
    public void optimisticReadEnded(Object lock, int site) {
        states.get().optimisticReads.ended(lock);
    }

    @Override
    public void callbackEntered(int site) {
        ThreadState state = states.get();
        callbackEntered(state, state.keyHash.callbackAcquires());
    }

    /** A key's {@code hashCode()} in a {@code ConcurrentHashMap} call acquires nothing, as in the live detector. */
    @Override
    public void hashCodeEntered(int site) {
        ThreadState state = states.get();
        callbackEntered(state, state.keyHash.hashCodeAcquires());
    }

    private void callbackEntered(ThreadState state, boolean acquires) {
        Object sync = state.releasedLast;
        if (acquires && sync != null) {
            acquireHandOff(sync);
        }
    }

    @Override
    public void callbackExited(int site) {
        ThreadState state = states.get();
        state.keyHash.exited();
        Object sync = state.releasedLast;
        if (sync != null) {
            record(new Released(tid(), number(sync)), -1);
        }
    }
}
