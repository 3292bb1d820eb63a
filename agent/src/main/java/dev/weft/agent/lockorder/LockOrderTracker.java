package dev.weft.agent.lockorder;

import dev.weft.agent.deadlock.ProvedSemaphores;
import dev.weft.agent.deadlock.ReadWriteLocks;
import dev.weft.agent.identity.WeakIdentityMap;
import dev.weft.agent.report.UserStack;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.analysis.lockorder.LockOrderDetector;
import dev.weft.analysis.lockorder.LockOrderGraph;
import dev.weft.analysis.lockorder.LockingThread;
import dev.weft.analysis.lockorder.WaitSet;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.Finding;
import dev.weft.report.LockOrderFinding;
import dev.weft.runtime.Listener;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Consumer;

/**
 * The listener that feeds the lock-order graph from the live program: every request of a lock while
 * holding others adds (or finds) an edge with its witness, and at the end the graph's cycles that could
 * really deadlock are reported as {@code lock-order} findings.
 *
 * <p>Each lock object gets a number the first time a thread takes it (the two halves of a
 * {@code ReentrantReadWriteLock} share one), through a weak identity map, so weft never keeps a lock
 * alive; a thread remembers the number of the lock it just asked for, so taking it right after costs no
 * second lookup. The number also counts the lock's exclusive holds (any thread's, counted holding it), which
 * tells a wake-up that orders its waiter after its signaller ({@link LockOrderGraph#woken}): a monitor's
 * {@code wait} and {@code notify}, a {@code Condition}'s {@code await} and {@code signal} (seen in runs that rewrite
 * lock operations only, and signals in controlled runs). Per-thread state ({@link LockingThread}) is reached through a {@code ThreadLocal}; a
 * thread started by instrumented code gets its state from its parent, before it runs, so that the graph
 * knows the start (and later the join) orders it.
 */
public final class LockOrderTracker implements Listener {

    private final SiteRegistry sites;
    private final ProvedSemaphores provedSemaphores;
    private final ReadWriteLocks readWriteLocks = new ReadWriteLocks();
    private final LockOrderGraph graph = new LockOrderGraph(LockOrderGraph.Limits.DEFAULT,
            () -> UserStack.of(Thread.currentThread().getStackTrace()));
    private final WeakIdentityMap<NumberedLock> ids = new WeakIdentityMap<>();
    private final WeakIdentityMap<WaitSet> waitSets = new WeakIdentityMap<>();
    private final Map<Long, Resource> locks = new ConcurrentHashMap<>();
    private final WeakIdentityMap<Integer> creationSites = new WeakIdentityMap<>();
    private final Map<Long, String> origins = new ConcurrentHashMap<>();
    private final Map<Long, String> threadNames = new ConcurrentHashMap<>();
    private final WeakIdentityMap<LockingThread> started = new WeakIdentityMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final ThreadLocal<State> states = ThreadLocal.withInitial(this::stateOfCurrentThread);

    /**
     * A lock's number, and how many exclusive holds of it threads have taken (counted holding it); for a
     * {@code Semaphore}, whether it is a mutex ({@link #mutexSemaphore}).
     */
    private static final class NumberedLock {
        static final byte UNDECIDED = 0, MUTEX = 1, NO_MUTEX = 2;

        final long id;
        long holds;
        byte semaphore;

        NumberedLock(long id) {
            this.id = id;
        }
    }

    /** One thread's tracker state: its graph state, and the lock it asked for last. */
    private static final class State {
        final LockingThread locking;
        Object lastLock;
        NumberedLock last;
        boolean awaitReturned; // the thread's await returned normally, and it has not taken its lock back yet

        State(LockingThread locking) {
            this.locking = locking;
        }
    }

    /** A tracker naming sites through {@code sites}. */
    public LockOrderTracker(SiteRegistry sites) {
        this.sites = sites;
        this.provedSemaphores = new ProvedSemaphores(sites);
    }

    private State stateOfCurrentThread() {
        Thread current = Thread.currentThread();
        LockingThread fromParent = started.get(current);
        threadNames.put(current.getId(), current.getName());
        return new State(fromParent != null ? fromParent : graph.newThread(current.getId()));
    }

    private long id(State state, Object lock) {
        return numbered(state, lock).id;
    }

    private NumberedLock numbered(State state, Object lock) {
        if (state.lastLock == lock) {
            return state.last;
        }
        Object stamped = readWriteLocks.stampedLockOf(lock); // a StampedLock's views and stamps are the one lock
        Object key = stamped != null ? stamped : ReadWriteLocks.isHalf(lock) ? readWriteLocks.owner(lock) : lock;
        NumberedLock numbered = ids.entry(key, () -> newLock(key, lock)).value;
        state.lastLock = lock;
        state.last = numbered;
        return numbered;
    }

    private NumberedLock newLock(Object key, Object lock) {
        long id = nextId.getAndIncrement();
        locks.put(id, ReadWriteLocks.describe(id, key, lock));
        Integer created = creationSites.get(key);
        if (created != null) {
            origins.put(id, "created at " + sites.site(created));
        }
        return new NumberedLock(id);
    }

    /** The thread took {@code lock}, exclusively, once more: counts the hold. */
    private void acquiredExclusively(State state, Object lock, int site) {
        NumberedLock numbered = numbered(state, lock);
        numbered.holds++;
        state.locking.acquired(numbered.id, false, site);
    }

    @Override
    public void lockCreated(Object lock, int site) {
        Object key = lock instanceof ReentrantReadWriteLock readWrite ? readWriteLocks.owner(readWrite.readLock()) : lock;
        creationSites.entry(key, () -> site);
    }

    @Override
    public void monitorEnterRequested(Object monitor, int site) {
        State state = states.get();
        graph.acquiring(state.locking, id(state, monitor), false, site);
    }

    @Override
    public void monitorEntered(Object monitor, int site) {
        acquiredExclusively(states.get(), monitor, site);
    }

    @Override
    public void monitorExiting(Object monitor, int site) {
        State state = states.get();
        state.locking.released(id(state, monitor), false);
    }

    @Override
    public void wrapperLockTaking(Object mutex, int site) { // the JDK takes it unseen: requested and held at once
        monitorEnterRequested(mutex, site);
        monitorEntered(mutex, site);
    }

    @Override
    public void wrapperLockReleased(Object mutex, int site) {
        monitorExiting(mutex, site);
    }

    @Override
    public void lockRequested(Object lock, int site, boolean timed) {
        if (!timed) { // a timed request never waits forever: it cannot be part of a deadlock
            State state = states.get();
            graph.acquiring(state.locking, id(state, lock), shared(lock), site);
        }
    }

    @Override
    public void lockAcquired(Object lock, int site) {
        State state = states.get();
        if (shared(lock)) {
            state.locking.acquired(id(state, lock), true, site);
        } else {
            acquiredExclusively(state, lock, site);
        }
    }

    @Override
    public void lockReleasing(Object lock, int site) {
        State state = states.get();
        state.locking.released(id(state, lock), shared(lock));
    }

    /** Whether {@code lock} is taken in shared mode: a read-write lock's read half, a {@code StampedLock}'s read view. */
    private static boolean shared(Object lock) {
        return ReadWriteLocks.isReadHalf(lock) || ReadWriteLocks.isStampedReadView(lock);
    }

    /** A {@code StampedLock}'s stamp is taken and given up as its read or its write view. */
    @Override
    public void stampRequested(Object lock, boolean write, int site, boolean timed) {
        lockRequested(view(lock, write), site, timed);
    }

    @Override
    public void stampAcquired(Object lock, boolean write, int site) {
        lockAcquired(view(lock, write), site);
    }

    @Override
    public void stampReleasing(Object lock, boolean write, int site) {
        lockReleasing(view(lock, write), site);
    }

    private static Object view(Object lock, boolean write) {
        StampedLock stamped = (StampedLock) lock;
        return write ? stamped.asWriteLock() : stamped.asReadLock(); // made once, then kept by the lock
    }

    /**
     * A {@code Semaphore} is a lock of the graph only when it is proved a mutex from the bytecode ({@link ProvedSemaphores}:
     * one permit, given back only by the method that took it), decided at its first call: a semaphore read from a proved
     * field is only ever read from that field, at sites that all say so. {@code null} for any other semaphore.
     */
    private NumberedLock mutexSemaphore(State state, Object semaphore, int site) {
        NumberedLock numbered = numbered(state, semaphore);
        if (numbered.semaphore == NumberedLock.UNDECIDED) {
            numbered.semaphore = provedSemaphores.provedAt(site) ? NumberedLock.MUTEX : NumberedLock.NO_MUTEX;
        }
        return numbered.semaphore == NumberedLock.MUTEX ? numbered : null;
    }

    @Override
    public void semaphoreRequested(Object semaphore, int site, boolean timed) {
        State state = states.get();
        NumberedLock mutex = mutexSemaphore(state, semaphore, site);
        if (mutex != null && !timed) {
            graph.acquiring(state.locking, mutex.id, false, site);
        }
    }

    @Override
    public void semaphoreAcquired(Object semaphore, int site) {
        State state = states.get();
        if (mutexSemaphore(state, semaphore, site) != null) {
            acquiredExclusively(state, semaphore, site);
        }
    }

    @Override
    public void semaphoreReleasing(Object semaphore, int site) {
        State state = states.get();
        NumberedLock mutex = mutexSemaphore(state, semaphore, site);
        if (mutex != null) {
            state.locking.released(mutex.id, false);
        }
    }

    @Override
    public void waitRequested(Object monitor, int site, boolean timed) {
        waiting(monitor, monitor, timed);
    }

    @Override
    public void waitReturned(Object monitor, int site) {
        graph.woken(states.get().locking);
    }

    @Override
    public void waitEnded(Object monitor, int site) {
        acquiredExclusively(states.get(), monitor, site); // taking the monitor back adds no edge: the thread held it before
    }

    @Override
    public void notifying(Object monitor, int site, boolean all) {
        signalling(monitor, monitor);
    }

    @Override
    public void conditionAwaiting(Object condition, Object lock, boolean timed, int site) {
        waiting(condition, lock, timed);
    }

    @Override
    public void conditionAwaitReturned(Object condition, Object lock, int site) {
        states.get().awaitReturned = true;
    }

    /**
     * The thread takes the condition's lock back, at the await's line, holding the locks it kept while it waited: edges
     * from those, made before the wake-up orders the thread (a timeout or an interrupt makes the same request without
     * the signal).
     */
    @Override
    public void conditionAwaitEnded(Object condition, Object lock, int site) {
        State state = states.get();
        graph.reacquiring(state.locking, numbered(state, lock).id, site);
        acquiredExclusively(state, lock, site);
        if (state.awaitReturned) {
            state.awaitReturned = false;
            graph.woken(state.locking);
        }
    }

    @Override
    public void signalling(Object condition, Object lock, boolean all, int site) {
        signalling(condition, lock);
    }

    /** The thread, holding {@code lock}, begins to wait in {@code waitSet}, a monitor's or a condition's: it lets the lock go. */
    private void waiting(Object waitSet, Object lock, boolean timed) {
        State state = states.get();
        NumberedLock numbered = numbered(state, lock);
        graph.waiting(state.locking, waitSet(waitSet), numbered.holds, timed);
        state.locking.released(numbered.id, false);
    }

    private void signalling(Object waitSet, Object lock) {
        State state = states.get();
        graph.signalling(state.locking, waitSet(waitSet), numbered(state, lock).holds);
    }

    private WaitSet waitSet(Object monitorOrCondition) {
        return waitSets.entry(monitorOrCondition, WaitSet::new).value;
    }

    @Override
    public void threadStarting(Thread thread, int site) {
        LockingThread child = graph.newThread(thread.getId());
        threadNames.put(thread.getId(), thread.getName());
        started.entry(thread, () -> child);
        states.get().locking.started(child);
    }

    @Override
    public void joinEnded(Thread thread, int site) {
        LockingThread joined = started.get(thread);
        if (joined != null && !thread.isAlive()) {
            states.get().locking.joined(joined);
        }
    }

    /**
     * The potential deadlocks of the run so far, leaving out the cycles that really deadlocked (those
     * are reported as deadlocks), to {@code sink}; the limits the graph or the search hit, to {@code notes}.
     *
     * @param reported the findings already made, among them the real deadlocks
     */
    public void report(Collection<Finding> reported, Consumer<? super LockOrderFinding> sink, Consumer<String> notes) {
        LockOrderDetector.Result result = new LockOrderDetector(new Names()).search(graph, realDeadlocks(reported));
        result.findings().forEach(sink);
        result.notes().forEach(notes);
    }

    /**
     * How much the graph holds, as one number that grows with every new edge or witness: a search when it
     * has not grown since the last one finds nothing new (used to search as each test ends, cheaply).
     */
    public long size() {
        return graph.edgeCount() + (long) graph.witnessCount();
    }

    /** For each real deadlock, the numbers of its locks, matched by class and identity hash. */
    private List<Set<Long>> realDeadlocks(Collection<Finding> reported) {
        List<Set<Long>> deadlocks = new ArrayList<>();
        for (Finding finding : reported) {
            if (finding instanceof DeadlockFinding deadlock) {
                Set<Long> ids = new HashSet<>();
                for (DeadlockFinding.LockInfo lock : deadlock.locks()) {
                    locks.forEach((id, known) -> {
                        if (known.identityHash() == lock.identityHash() && known.className().equals(lock.className())) {
                            ids.add(id);
                        }
                    });
                }
                deadlocks.add(ids);
            }
        }
        return deadlocks;
    }

    /** What the graph's numbers stand for. */
    private final class Names implements LockOrderDetector.Names {

        @Override
        public Resource lock(long lock) {
            Resource known = locks.get(lock);
            return known != null ? known : new Resource(lock, Resource.Kind.MONITOR, "lock", (int) lock);
        }

        @Override
        public Site site(int site) {
            return sites.site(site);
        }

        @Override
        public String origin(long lock) {
            return origins.get(lock);
        }

        @Override
        public String threadName(long tid) {
            return threadNames.getOrDefault(tid, "thread " + tid);
        }
    }

    /** Memory accesses are not this listener's business. */
    @Override
    public Listener memoryListener() {
        return NOOP;
    }
}
