package dev.weft.agent.deadlock;

import dev.weft.agent.identity.WeakIdentityMap;
import dev.weft.runtime.Listener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.StampedLock;

/**
 * The listener that keeps, for every application thread, what it holds and what it waits for: the raw
 * material of the wait-for graph. Each event touches only the calling thread's {@link ThreadLockState},
 * reached through a {@link ThreadLocal}: no global lock, no allocation in the common case.
 *
 * <p>Threads are registered once, on their first lock operation, in a list the {@link DeadlockWatchdog}
 * walks; entries of threads that have ended are dropped on the way.
 *
 * <p>A {@code Semaphore}'s permit is held, and waited for, as a lock by the thread that took it; whether the semaphore
 * is used as a mutex, and so may be part of a deadlock, is told by {@link #actsAsMutex}.
 */
public final class LockTracker implements Listener {

    private final ThreadLocal<ThreadLockState> states = ThreadLocal.withInitial(this::register);
    private final List<ThreadLockState> registered = new ArrayList<>(); // guarded by itself
    private final WeakIdentityMap<SemaphoreUse> semaphores = new WeakIdentityMap<>();

    /**
     * How the program has given back a semaphore's permits so far: whether some thread gave back a permit it took, and
     * whether any permit was given back by a thread that had not taken it (or several at once, or drained).
     */
    private static final class SemaphoreUse {
        volatile boolean paired;
        volatile boolean unpaired;

        void releasedByTaker() {
            if (!paired) {
                paired = true;
            }
        }

        void releasedByOther() {
            if (!unpaired) {
                unpaired = true;
            }
        }
    }

    private ThreadLockState register() {
        ThreadLockState state = new ThreadLockState(Thread.currentThread());
        synchronized (registered) {
            registered.add(state);
        }
        return state;
    }

    /**
     * The locks the calling thread holds, in the order it took them, named for a report
     * ({@code java.lang.Object@1b6d3586}, {@code com.example.Foo.class}); a read lock is followed by
     * {@code " (read lock)"}.
     */
    public List<String> locksHeld() {
        ThreadLockState state = states.get();
        List<String> names = new ArrayList<>(state.depth);
        for (int i = 0; i < state.depth; i++) {
            Object lock = state.locks[i];
            if (lock instanceof Semaphore) {
                continue; // a permit is not a lock a race report names
            }
            String name = lock instanceof Class<?> type ? type.getName() + ".class"
                    : lock.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(lock));
            names.add(ReadWriteLocks.isReadHalf(lock) || ReadWriteLocks.isStampedReadView(lock) ? name + " (read lock)" : name);
        }
        return names;
    }

    /**
     * Whether {@code lock} is held and awaited as a lock is, for the wait-for graph: always, but for a {@code Semaphore},
     * which has no owner (any thread may give a permit back). A semaphore is taken for a mutex only when
     * <ul>
     *   <li>no permit was ever given back by a thread that had not taken it, nor several at once, nor drained;</li>
     *   <li>no permit is left ({@code availablePermits() == 0});</li>
     *   <li>the permits weft saw taken and not given back are all held by one thread: a waiter then needs that thread,
     *       and that thread alone, to go on (with two holders, either one's release would do);</li>
     *   <li>and either some thread has given back a permit it had taken (the program pairs its acquires and releases in
     *       one thread), or the holder took its permit from a field {@code proved} a mutex from the bytecode, whose
     *       permit no thread but its holder can give back ({@link ProvedSemaphores}): then even the first acquire
     *       counts.</li>
     * </ul>
     * Read while the holders may change: the watchdog's second look, which a report needs, asks again.
     */
    boolean actsAsMutex(Object lock, ProvedSemaphores proved) {
        if (!(lock instanceof Semaphore semaphore)) {
            return true;
        }
        SemaphoreUse use = semaphores.peek(semaphore);
        if (use != null && use.unpaired || semaphore.availablePermits() != 0) {
            return false;
        }
        int holders = 0;
        int site = -1;
        for (ThreadLockState state : liveStates()) {
            int taken = SnapshotTaker.holdSite(state, semaphore);
            if (taken >= 0) {
                holders++;
                site = taken;
            }
        }
        return holders == 1 && (use != null && use.paired || proved.provedAt(site));
    }

    /** The states of the threads that are alive, for the watchdog. */
    List<ThreadLockState> liveStates() {
        synchronized (registered) {
            for (Iterator<ThreadLockState> it = registered.iterator(); it.hasNext(); ) {
                Thread thread = it.next().thread.get();
                if (thread == null || thread.getState() == Thread.State.TERMINATED) {
                    it.remove();
                }
            }
            return new ArrayList<>(registered);
        }
    }

    @Override
    public void monitorEnterRequested(Object monitor, int site) {
        states.get().beginWait(monitor, site, ThreadLockState.MONITOR, false);
    }

    @Override
    public void monitorEntered(Object monitor, int site) {
        took(monitor, site);
    }

    @Override
    public void monitorExiting(Object monitor, int site) {
        states.get().released(monitor);
    }

    /**
     * A call on a synchronized wrapper: its mutex is taken in the JDK's code, unseen. It is held from here, and awaited
     * too until the call ends or makes a lock operation of its own; the watchdog believes the wait only while the JVM
     * shows the thread blocked on that mutex, and the hold otherwise ({@link SnapshotTaker}).
     */
    @Override
    public void wrapperLockTaking(Object mutex, int site) {
        ThreadLockState state = states.get();
        state.acquired(mutex, site); // before the wait is published: a look that sees the wait sees the hold
        state.beginWait(mutex, site, ThreadLockState.WRAPPER, false);
    }

    @Override
    public void wrapperLockReleased(Object mutex, int site) {
        ThreadLockState state = states.get();
        state.endWaitFor(mutex);
        state.released(mutex);
    }

    @Override
    public void lockRequested(Object lock, int site, boolean timed) {
        states.get().beginWait(lock, site, ThreadLockState.LOCK, timed);
    }

    @Override
    public void lockAcquired(Object lock, int site) {
        took(lock, site);
    }

    private void took(Object lock, int site) {
        ThreadLockState state = states.get();
        state.endWait();
        state.acquired(lock, site);
    }

    @Override
    public void lockNotAcquired(Object lock, int site) {
        states.get().endWait();
    }

    @Override
    public void lockReleasing(Object lock, int site) {
        states.get().released(lock);
    }

    /** A stamp of a {@code StampedLock} is held, and waited for, as its read or write view: one mode each. */
    @Override
    public void stampRequested(Object lock, boolean write, int site, boolean timed) {
        states.get().beginWait(view(lock, write), site, ThreadLockState.LOCK, timed);
    }

    @Override
    public void stampAcquired(Object lock, boolean write, int site) {
        took(view(lock, write), site);
    }

    @Override
    public void stampNotAcquired(Object lock, int site) {
        states.get().endWait();
    }

    @Override
    public void stampReleasing(Object lock, boolean write, int site) {
        states.get().released(view(lock, write));
    }

    private static Object view(Object lock, boolean write) {
        StampedLock stamped = (StampedLock) lock;
        return write ? stamped.asWriteLock() : stamped.asReadLock(); // made once, then kept by the lock
    }

    @Override
    public void semaphoreRequested(Object semaphore, int site, boolean timed) {
        states.get().beginWait(semaphore, site, ThreadLockState.LOCK, timed);
    }

    @Override
    public void semaphoreAcquired(Object semaphore, int site) {
        took(semaphore, site);
    }

    @Override
    public void semaphoreNotAcquired(Object semaphore, int site) {
        states.get().endWait();
    }

    /** A permit given back by the thread that took it is that thread's hold let go; by any other, the end of a mutex. */
    @Override
    public void semaphoreReleasing(Object semaphore, int site) {
        ThreadLockState state = states.get();
        SemaphoreUse use = semaphores.entry(semaphore, SemaphoreUse::new).value;
        if (state.holds(semaphore)) {
            state.released(semaphore);
            use.releasedByTaker();
        } else {
            use.releasedByOther();
        }
    }

    @Override
    public void semaphoreUnpaired(Object semaphore, int site) {
        semaphores.entry(semaphore, SemaphoreUse::new).value.releasedByOther();
    }

    @Override
    public void waitRequested(Object monitor, int site, boolean timed) {
        ThreadLockState state = states.get();
        state.releaseForWait(monitor);
        // Even a timed wait must take the monitor back before it returns: the wait on the monitor is
        // permanent while another thread holds it.
        state.beginWait(monitor, site, ThreadLockState.MONITOR_WAIT, false);
    }

    @Override
    public void waitEnded(Object monitor, int site) {
        ThreadLockState state = states.get();
        state.endWait();
        state.reacquireAfterWait(monitor);
    }

    @Override
    public void joinRequested(Thread thread, int site, boolean timed) {
        states.get().beginWait(thread, site, ThreadLockState.JOIN, timed);
    }

    @Override
    public void joinEnded(Thread thread, int site) {
        states.get().endWait();
    }

    /** Memory accesses are not this listener's business. */
    @Override
    public Listener memoryListener() {
        return NOOP;
    }
}
