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

    private final VectorClock clock = new VectorClock(); // guarded by this

    /** A clock that orders nothing yet. */
    public SyncClock() { }

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
