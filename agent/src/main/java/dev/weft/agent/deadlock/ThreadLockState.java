package dev.weft.agent.deadlock;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * What one thread holds and waits for, kept by that thread itself on the hot path of every lock
 * operation.
 *
 * <p><b>Shadow state and its rules</b> (in the manner of FastTrack's):
 * <ul>
 *   <li>{@code locks}, {@code sites}, {@code counts}, {@code depth}: the held locks, innermost last, with
 *       the site that took each and its reentrant count. Written only by the owning thread; a held lock
 *       is referenced only while it is held.</li>
 *   <li>{@code waitingFor}, {@code waitSite}, {@code waitKind}, {@code waitTimed}: the lock, monitor or
 *       thread the owner is about to block on, or {@code null}. The owner fills the plain fields, then
 *       publishes with a release store of {@code waitingFor}; the watchdog reads it with an acquire load,
 *       after which the holds it reads are those of that wait (a waiting thread does not change them).</li>
 *   <li>{@code waitEpoch}: counts the owner's waits; the watchdog re-reads it to be sure that what it
 *       copied belongs to one wait, and that a wait lasted from one look to the next.</li>
 * </ul>
 * No lock is taken and nothing is allocated, except when the held-lock arrays grow.
 */
final class ThreadLockState {

    /**
     * What the thread waits for. {@code WRAPPER}: the mutex of a synchronized wrapper whose call the thread is in, which
     * the JDK takes unseen: awaited only while the JVM shows the thread blocked on it, held otherwise.
     */
    static final byte MONITOR = 0, LOCK = 1, MONITOR_WAIT = 2, JOIN = 3, WRAPPER = 4;

    private static final VarHandle WAITING_FOR;
    private static final VarHandle WAIT_EPOCH;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            WAITING_FOR = lookup.findVarHandle(ThreadLockState.class, "waitingFor", Object.class);
            WAIT_EPOCH = lookup.findVarHandle(ThreadLockState.class, "waitEpoch", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final WeakReference<Thread> thread;
    final long tid;

    Object[] locks = new Object[8];
    int[] sites = new int[8];
    int[] counts = new int[8];
    int depth;

    @SuppressWarnings("unused") // accessed through WAITING_FOR
    private Object waitingFor;
    int waitSite;
    byte waitKind;
    boolean waitTimed;
    @SuppressWarnings("unused") // accessed through WAIT_EPOCH
    private long waitEpoch;

    /** For a monitor wait: the reentrant count and site of the hold that wait() released. */
    private int releasedCount;
    private int releasedSite;

    ThreadLockState(Thread thread) {
        this.thread = new WeakReference<>(thread);
        this.tid = thread.getId();
    }

    // ---- owner thread only -----------------------------------------------------------------

    void beginWait(Object target, int site, byte kind, boolean timed) {
        waitSite = site;
        waitKind = kind;
        waitTimed = timed;
        WAIT_EPOCH.setOpaque(this, (long) WAIT_EPOCH.getOpaque(this) + 1);
        WAITING_FOR.setRelease(this, target);
    }

    void endWait() {
        WAITING_FOR.setRelease(this, null);
    }

    /** Ends the wait for {@code target} if that is still the wait published (a wrapper's call may have made others). */
    void endWaitFor(Object target) {
        if (WAITING_FOR.get(this) == target) {
            endWait();
        }
    }

    void acquired(Object lock, int site) {
        int top = depth - 1;
        if (top >= 0 && locks[top] == lock) {
            counts[top]++;
            return;
        }
        int index = indexOf(lock);
        if (index >= 0) {
            counts[index]++;
            return;
        }
        push(lock, site, 1);
    }

    /** Whether the owner holds {@code lock} (owner thread only). */
    boolean holds(Object lock) {
        return indexOf(lock) >= 0;
    }

    void released(Object lock) {
        int index = indexOf(lock);
        if (index < 0) {
            return; // taken before weft was watching, or not by this thread
        }
        if (--counts[index] == 0) {
            remove(index);
        }
    }

    /** {@code monitor.wait()} releases every reentrant hold of the monitor until it returns. */
    void releaseForWait(Object monitor) {
        int index = indexOf(monitor);
        if (index < 0) {
            releasedCount = 0;
            return;
        }
        releasedCount = counts[index];
        releasedSite = sites[index];
        remove(index);
    }

    void reacquireAfterWait(Object monitor) {
        if (releasedCount > 0) {
            push(monitor, releasedSite, releasedCount);
            releasedCount = 0;
        }
    }

    private int indexOf(Object lock) {
        for (int i = depth - 1; i >= 0; i--) {
            if (locks[i] == lock) {
                return i;
            }
        }
        return -1;
    }

    private void push(Object lock, int site, int count) {
        if (depth == locks.length) {
            locks = Arrays.copyOf(locks, depth * 2);
            sites = Arrays.copyOf(sites, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
        }
        locks[depth] = lock;
        sites[depth] = site;
        counts[depth] = count;
        depth++;
    }

    private void remove(int index) {
        int last = depth - 1;
        if (index != last) { // locks are mostly released innermost first: then nothing moves
            System.arraycopy(locks, index + 1, locks, index, last - index);
            System.arraycopy(sites, index + 1, sites, index, last - index);
            System.arraycopy(counts, index + 1, counts, index, last - index);
        }
        locks[last] = null;
        depth = last;
    }

    // ---- any thread --------------------------------------------------------------------------

    /** What the owner waits for, or {@code null}; an acquire load. */
    Object waitingFor() {
        return WAITING_FOR.getAcquire(this);
    }

    /** How many waits the owner has begun. */
    long waitEpoch() {
        return (long) WAIT_EPOCH.getOpaque(this);
    }
}
