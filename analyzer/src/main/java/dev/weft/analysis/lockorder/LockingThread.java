package dev.weft.analysis.lockorder;

import dev.weft.analysis.race.FastTrack;
import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.ThreadClock;
import dev.weft.analysis.race.VectorClock;
import java.util.Arrays;

/**
 * One thread as the lock-order graph sees it: the locks it holds, in the order it took them (with mode,
 * site and reentrant count), its place in the happens-before order of thread start and join, and its place in
 * that order with the wake-ups that order every schedule too ({@link LockOrderGraph#woken}).
 *
 * <p>Holds follow the conventions of {@code LockStates}: both halves of a read-write lock share one lock
 * id and are told apart by {@code shared}; a hold is counted per lock and mode, so reentrant acquisitions
 * need as many releases; a release of something not held is ignored (after a late attach).
 *
 * <h2>Shadow state</h2>
 * Owned by its thread: only that thread changes it, except that {@link #started} writes the child's
 * clock before the child runs, and {@link #joined} reads the joined thread's clock after it ended; both
 * are ordered by {@code Thread.start} and {@code join} themselves; its wake-up clock is released into and acquired
 * from a {@link WaitSet} under that set's monitor. Made by {@link LockOrderGraph#newThread}.
 */
public final class LockingThread {

    /** Start, join and wake-ups only: the race listener is never called, since no access goes through it. */
    private static final FastTrack ORDERS = new FastTrack((var, priorThread, priorSite, priorKind,
                                                            thread, site, kind) -> { });

    private final long tid;
    private final ThreadClock clock;
    private VectorClock position;       // copy of the clock, replaced (never changed) when the clock changes
    private final ThreadClock wokenClock; // the clock with the wake-ups too
    private VectorClock wokenPosition;  // copy of wokenClock, as position is of clock
    WaitSet waitingIn;                  // the wait set it waits in, null when none
    long waitHold;                      // the hold of that set's lock in which it began to wait
    boolean waitTimed;                  // whether that wait may end without a signal
    private long[] locks = new long[4];
    private boolean[] shared = new boolean[4];
    private int[] sites = new int[4];
    private int[] counts = new int[4];
    private int[] requests = new int[4]; // for each hold, the number of the request that took it (0: not known)
    private int size;
    private int requestCount;            // blocking lock requests made so far, re-entries included
    private boolean requestPending;      // the last request has not been followed by an acquisition yet

    LockingThread(long tid, ThreadClock clock, ThreadClock wokenClock) {
        this.tid = tid;
        this.clock = clock;
        this.position = clock.snapshot();
        this.wokenClock = wokenClock;
        this.wokenPosition = wokenClock.snapshot();
    }

    /** The thread's id. */
    public long tid() {
        return tid;
    }

    /**
     * The thread makes a blocking lock request (a monitor enter, an untimed {@code lock}), re-entrant or not: the
     * requests are numbered from 1 in the order the thread makes them, which a controlled run of the same program
     * counts the same way ({@code confirm=} holds a thread before the request that took a cycle's first lock).
     */
    void requested() {
        requestCount++;
        requestPending = true;
    }

    /** The thread now holds {@code lock} (once more, if it already did in this mode), taken at {@code site}. */
    public void acquired(long lock, boolean shared, int site) {
        int request = requestPending ? requestCount : 0;
        requestPending = false;
        int i = indexOf(lock, shared);
        if (i >= 0) {
            counts[i]++;
            return;
        }
        if (size == locks.length) {
            int grown = 2 * size;
            locks = Arrays.copyOf(locks, grown);
            this.shared = Arrays.copyOf(this.shared, grown);
            sites = Arrays.copyOf(sites, grown);
            counts = Arrays.copyOf(counts, grown);
            requests = Arrays.copyOf(requests, grown);
        }
        locks[size] = lock;
        this.shared[size] = shared;
        sites[size] = site;
        counts[size] = 1;
        requests[size] = request;
        size++;
    }

    /** The thread released one hold of {@code lock} in this mode; nothing happens when it held none. */
    public void released(long lock, boolean shared) {
        int i = indexOf(lock, shared);
        if (i < 0 || --counts[i] > 0) {
            return;
        }
        int tail = size - i - 1;
        System.arraycopy(locks, i + 1, locks, i, tail);
        System.arraycopy(this.shared, i + 1, this.shared, i, tail);
        System.arraycopy(sites, i + 1, sites, i, tail);
        System.arraycopy(counts, i + 1, counts, i, tail);
        System.arraycopy(requests, i + 1, requests, i, tail);
        size--;
    }

    /** This thread starts {@code child}: everything it did so far happens before all the child does. */
    public void started(LockingThread child) {
        ORDERS.fork(clock, child.clock);
        position = clock.snapshot();
        child.position = child.clock.snapshot();
        ORDERS.fork(wokenClock, child.wokenClock);
        wokenPosition = wokenClock.snapshot();
        child.wokenPosition = child.wokenClock.snapshot();
    }

    /** This thread saw {@code ended} end (a join that returned normally): all it did happens before what this thread does next. */
    public void joined(LockingThread ended) {
        ORDERS.join(clock, ended.clock);
        position = clock.snapshot();
        ORDERS.join(wokenClock, ended.wokenClock);
        wokenPosition = wokenClock.snapshot();
    }

    /** This thread signals a wait set: what it did so far goes into {@code signal}, and it starts a new epoch. */
    void signalled(SyncClock signal) {
        ORDERS.release(wokenClock, signal);
        wokenPosition = wokenClock.snapshot();
    }

    /** This thread was woken by {@code signal} in every schedule: all the signaller did before it comes first. */
    void wokenBy(SyncClock signal) {
        ORDERS.acquire(wokenClock, signal);
        wokenPosition = wokenClock.snapshot();
    }

    /** True when the thread holds {@code lock}, in either mode. */
    boolean holds(long lock) {
        for (int i = 0; i < size; i++) {
            if (locks[i] == lock) {
                return true;
            }
        }
        return false;
    }

    /** How many distinct holds (lock and mode) the thread has. */
    int holdCount() {
        return size;
    }

    long lock(int hold) {
        return locks[hold];
    }

    boolean shared(int hold) {
        return shared[hold];
    }

    int site(int hold) {
        return sites[hold];
    }

    /** The number of the request that took {@code hold} (see {@link #requested}), 0 when not known. */
    int request(int hold) {
        return requests[hold];
    }

    /** The current epoch of this thread, as in {@link ThreadClock#epoch()}. */
    long epoch() {
        return clock.epoch();
    }

    /** The thread's vector clock as of its last start or join; shared by the witnesses taken since, never changed. */
    VectorClock position() {
        return position;
    }

    /** As {@link #epoch()}, with the wake-ups. */
    long wokenEpoch() {
        return wokenClock.epoch();
    }

    /** As {@link #position()}, with the wake-ups. */
    VectorClock wokenPosition() {
        return wokenPosition;
    }

    /** True when the holds are exactly {@code locks} and {@code shared}, in that order. */
    boolean holdsExactly(long[] locks, boolean[] shared) {
        if (locks.length != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (this.locks[i] != locks[i] || this.shared[i] != shared[i]) {
                return false;
            }
        }
        return true;
    }

    long[] heldLocks() {
        return Arrays.copyOf(locks, size);
    }

    boolean[] heldModes() {
        return Arrays.copyOf(shared, size);
    }

    private int indexOf(long lock, boolean shared) {
        for (int i = 0; i < size; i++) {
            if (locks[i] == lock && this.shared[i] == shared) {
                return i;
            }
        }
        return -1;
    }
}
