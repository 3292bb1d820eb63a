package dev.weft.agent.deadlock;

import dev.weft.agent.report.UserStack;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.analysis.waitfor.Hold;
import dev.weft.analysis.waitfor.Mode;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.analysis.waitfor.ThreadSnapshot;
import dev.weft.analysis.waitfor.Wait;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the live {@link ThreadLockState}s of waiting threads into {@link ThreadSnapshot}s for the
 * wait-for graph. One taker serves one look: it names each lock object once, by identity, and keeps the
 * objects only until the look is over. A {@code Semaphore} that does not act as a mutex now
 * ({@link LockTracker#actsAsMutex}) is neither held nor awaited: a thread waiting for one is left out.
 */
final class SnapshotTaker {

    /** Ids of non-thread resources start here, clear of thread ids (a joined thread's resource id is its tid). */
    private static final long FIRST_LOCK_ID = 1L << 48;

    private final SiteRegistry sites;
    private final ReadWriteLocks readWriteLocks;
    private final LockTracker tracker;
    private final ProvedSemaphores provedSemaphores;
    private final Map<Object, Resource> resources = new IdentityHashMap<>();
    private long nextId = FIRST_LOCK_ID;

    SnapshotTaker(SiteRegistry sites, ReadWriteLocks readWriteLocks, LockTracker tracker, ProvedSemaphores provedSemaphores) {
        this.sites = sites;
        this.readWriteLocks = readWriteLocks;
        this.tracker = tracker;
        this.provedSemaphores = provedSemaphores;
    }

    /** A consistent copy of a waiting thread's state, or {@code null} if it is not waiting (any more). */
    Observed observe(ThreadLockState state, boolean withStack) {
        try {
            return copy(state, withStack);
        } catch (RuntimeException e) {
            return null; // the owner changed its state under our feet: it is not stuck
        }
    }

    private Observed copy(ThreadLockState state, boolean withStack) {
        Thread thread = state.thread.get();
        Object target = state.waitingFor();
        if (thread == null || target == null || !tracker.actsAsMutex(target, provedSemaphores)) {
            return null;
        }
        long epoch = state.waitEpoch();
        boolean wrapper = state.waitKind == ThreadLockState.WRAPPER;
        if (wrapper && !blockedOnWrapper(thread, state.tid, target, withStack)) {
            return null; // in the wrapper's call, holding its mutex
        }
        Wait wait = new Wait(waitResource(target, state.waitKind), mode(target), sites.site(state.waitSite),
                state.waitTimed);
        List<Hold> holds = heldLocks(state, wrapper ? target : null); // blocked on a wrapper's mutex: not held after all
        if (holds == null) {
            return null;
        }
        List<Site> stack = withStack ? UserStack.of(thread.getStackTrace()) : List.of();
        if (state.waitingFor() != target || state.waitEpoch() != epoch) {
            return null; // the wait ended while we looked
        }
        return new Observed(new ThreadSnapshot(state.tid, thread.getName(), holds, wait, stack), epoch,
                thread.getState());
    }

    /**
     * A thread that weft's hooks do not see waiting (a wait for a class's initialization), with what it holds, as a
     * snapshot waiting for {@code wait}; {@code null} when it is waiting for something else after all, or its holds
     * changed while they were copied.
     */
    ThreadSnapshot waitingUnseen(ThreadLockState state, Thread thread, Wait wait, List<Site> stack) {
        try {
            if (state.waitingFor() != null) {
                return null;
            }
            List<Hold> holds = heldLocks(state, null);
            return holds == null ? null : new ThreadSnapshot(state.tid, thread.getName(), holds, wait, stack);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What {@code state}'s thread holds, {@code notHeld} left out; {@code null} when its holds changed while they were
     * copied.
     */
    private List<Hold> heldLocks(ThreadLockState state, Object notHeld) {
        List<Hold> holds = new ArrayList<>(state.depth);
        Object[] locks = state.locks;
        for (int i = 0; i < state.depth; i++) {
            Object lock = locks[i];
            if (lock == null) {
                return null;
            }
            if (lock != notHeld && tracker.actsAsMutex(lock, provedSemaphores)) {
                holds.add(new Hold(lockResource(lock), mode(lock), state.counts[i], sites.site(state.sites[i])));
            }
        }
        return holds;
    }

    /** Whether {@code state}'s thread holds {@code lock} (read while it may change it: a hint, checked later). */
    static boolean holds(ThreadLockState state, Object lock) {
        return holdSite(state, lock) >= 0;
    }

    /** The site where {@code state}'s thread took {@code lock}, or {@code -1} when it does not hold it (a hint too). */
    static int holdSite(ThreadLockState state, Object lock) {
        try {
            Object[] locks = state.locks;
            int[] sites = state.sites;
            for (int i = Math.min(Math.min(state.depth, locks.length), sites.length) - 1; i >= 0; i--) {
                if (locks[i] == lock) {
                    return sites[i];
                }
            }
            return -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Whether a thread in a wrapper's call waits for its mutex: blocked, and, when the look is one that confirms a
     * cycle (with stacks), blocked on that very monitor as the JVM tells.
     */
    private static boolean blockedOnWrapper(Thread thread, long tid, Object mutex, boolean confirming) {
        return thread.getState() == Thread.State.BLOCKED && (!confirming || JvmDeadlockProbe.blockedOn(tid, mutex));
    }

    private Resource waitResource(Object target, byte kind) {
        if (kind == ThreadLockState.JOIN) {
            Thread joined = (Thread) target;
            return new Resource(joined.getId(), Resource.Kind.THREAD, Thread.class.getName(),
                    System.identityHashCode(joined));
        }
        return lockResource(target);
    }

    private Resource lockResource(Object lock) {
        Object stamped = readWriteLocks.stampedLockOf(lock); // a stamp is held as a view of its lock
        Object key = stamped != null ? stamped : ReadWriteLocks.isHalf(lock) ? readWriteLocks.owner(lock) : lock;
        return resources.computeIfAbsent(key, k -> ReadWriteLocks.describe(nextId++, k, lock));
    }

    private static Mode mode(Object lock) {
        return ReadWriteLocks.isReadHalf(lock) || ReadWriteLocks.isStampedReadView(lock) ? Mode.SHARED : Mode.EXCLUSIVE;
    }

    /** A waiting thread as seen in one look: its snapshot, which wait it was, and its JVM state. */
    record Observed(ThreadSnapshot snapshot, long epoch, Thread.State jvmState) {

        /** True when the JVM agrees that the thread is blocked, not running. */
        boolean blockedInJvm() {
            return jvmState == Thread.State.BLOCKED || jvmState == Thread.State.WAITING
                    || jvmState == Thread.State.TIMED_WAITING;
        }
    }
}
