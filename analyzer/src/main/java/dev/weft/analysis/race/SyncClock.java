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
 * several times: its releases leave {@code exactly} unset.
 */
public final class SyncClock {

    private final int tag;
    private final VectorClock clock = new VectorClock(); // guarded by this
    private volatile long exactly = Epoch.NONE; // written under this: the epoch whose clock this is, or NONE

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
        boolean covered = clock.joinCovered(thread.clock());
        exactly = covered && !thread.clockExhausted() ? thread.epoch() : Epoch.NONE;
    }

    /** {@code C_t := C_t ⊔ L}. */
    void give(ThreadClock thread) {
        long e = exactly;
        if (e != Epoch.NONE && Epoch.leq(e, thread.clock())) {
            return; // the thread knows this clock already
        }
        synchronized (this) {
            thread.learn(clock);
        }
    }

    @Override
    public synchronized String toString() {
        return clock.toString();
    }
}
