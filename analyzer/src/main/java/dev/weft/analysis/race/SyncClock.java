package dev.weft.analysis.race;

/**
 * The vector clock of one synchronization object: a lock, a volatile variable, or any hand-off object
 * (a queue, a latch, a future). A release joins the releasing thread's clock into it; an acquire joins it
 * into the acquiring thread's, so whatever happened before the release happens before the acquire.
 *
 * <p>Guarded by its own monitor (weft's object, never the application's), since releases and acquires of a
 * volatile or a concurrent queue can happen at the same moment. For a lock the lock itself already orders
 * them, so that monitor is never contended.
 *
 * <p><b>Acquires that learn nothing</b> take neither the monitor nor a join. When a release finds the clock
 * covered by the releaser's (the releaser had learned all of it: a lock's holder always has), the clock
 * becomes exactly the releaser's at that epoch, and it remembers the epoch ({@code exactly}). An acquirer
 * that already knows that epoch of the releaser knows the releaser's whole clock at that time, since a
 * thread's clock leaves it only whole, and each of its epochs ends at the first release or start that
 * exports it: so it knows this clock, and the join would change nothing. That is the common case of a
 * lock taken again by its last holder, and of a volatile or a concurrent map read again after the same
 * write. A thread whose clock stopped advancing ({@link ThreadClock#clockExhausted}) exports one epoch
 * several times: its releases leave {@code exactly} unset. Once the releaser's index was taken by another
 * thread, knowing an epoch of that index no longer means knowing the releaser's whole clock
 * ({@link ThreadClocks}): {@link ThreadClocks#current} tells, and otherwise the clocks are joined.
 *
 * <p><b>Releases that copy nothing.</b> For the same reason a release covers the clock when the releaser
 * knows its {@code exactly} epoch, found in one comparison, not a pass over the entries. A clock that is
 * exactly a thread's is kept as that thread's {@link ThreadClock#entries() entries}, a clock the thread
 * shares and never changes, plus the epoch: so a volatile field written once, or a lock released again
 * and again by a thread that learns nothing new in between, costs no copy of the clock. The clock gets
 * an array of its own only when a release does not cover it (then the two are joined), or when the
 * releaser's shared entries are out of date (then they are copied into the array it already has).
 *
 * <p><b>State</b> (all written under the monitor): {@code exactly}, volatile so that acquires can read it
 * without the monitor; {@code entries}, not {@code null} only while the clock is {@code entries ⊔ exactly};
 * otherwise {@code clock} is the clock ({@code null} for an empty one).
 */
public final class SyncClock {

    private final int tag;
    private volatile long exactly = Epoch.NONE; // the epoch whose clock this is, or NONE
    private VectorClock entries; // shared with the thread that released last; never changed
    private VectorClock clock; // the clock when entries is null; null while empty

    /** A clock that orders nothing yet. */
    public SyncClock() {
        this(0);
    }

    /**
     * A clock that orders nothing yet, tagged with what it stands for.
     *
     * @param tag what the object is, in its creator's own terms (a field id, a key in a table)
     */
    public SyncClock(int tag) {
        this.tag = tag;
    }

    /** What the clock stands for, as its creator said (0 when it said nothing). */
    public int tag() {
        return tag;
    }

    /** {@code L := L ⊔ C_t}. */
    synchronized void receive(ThreadClock thread) {
        if (!thread.clockExhausted() && coveredBy(thread)) {
            VectorClock shared = thread.entriesIfAtHand();
            if (shared != null || clock == null) {
                entries = shared != null ? shared : thread.entries();
            } else {
                clock.assign(thread.clock());
                entries = null;
            }
            exactly = thread.epoch();
            return;
        }
        if (entries != null) { // exactly a thread's clock until now: take an array of its own
            VectorClock own = clock != null ? clock : new VectorClock();
            own.clear();
            own.join(entries);
            own.raise(Epoch.thread(exactly), Epoch.clock(exactly));
            clock = own;
            entries = null;
        } else if (clock == null) {
            clock = new VectorClock();
        }
        clock.join(thread.clock());
        exactly = Epoch.NONE;
    }

    /** True when {@code thread}'s clock covers this one (under the monitor). */
    private boolean coveredBy(ThreadClock thread) {
        long e = exactly;
        if (e != Epoch.NONE) { // else a join, which is always right
            return Epoch.leq(e, thread.clock()) && thread.pool().current(e);
        }
        return clock == null || clock.leq(thread.clock());
    }

    /** {@code C_t := C_t ⊔ L}. */
    void give(ThreadClock thread) {
        long e = exactly;
        if (e != Epoch.NONE && Epoch.leq(e, thread.clock()) && thread.pool().current(e)) {
            return; // the thread knows this clock already
        }
        synchronized (this) {
            if (entries != null) {
                thread.learn(entries, exactly);
            } else if (clock != null) {
                thread.learn(clock);
            }
        }
    }

    @Override
    public synchronized String toString() {
        if (entries == null) {
            return clock == null ? "[]" : clock.toString();
        }
        VectorClock whole = new VectorClock();
        whole.join(entries);
        whole.raise(Epoch.thread(exactly), Epoch.clock(exactly));
        return whole.toString();
    }
}
