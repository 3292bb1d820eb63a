package dev.weft.analysis.race;

/**
 * The vector clock of one synchronization object: a lock, a volatile variable, or any hand-off object
 * (a queue, a latch, a future). A release joins the releasing thread's clock into it; an acquire joins it
 * into the acquiring thread's, so whatever happened before the release happens before the acquire.
 *
 * <p>Guarded by its own monitor (weft's object, never the application's), since releases and acquires of a
 * volatile or a concurrent queue can happen at the same moment. For a lock the lock itself already orders
 * them, so that monitor is never contended.
 */
public final class SyncClock {

    private final int tag;
    private final VectorClock clock = new VectorClock(); // guarded by this

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
        clock.join(thread.clock());
    }

    /** {@code C_t := C_t ⊔ L}. */
    synchronized void give(ThreadClock thread) {
        thread.learn(clock);
    }

    @Override
    public synchronized String toString() {
        return clock.toString();
    }
}
