package dev.weft.analysis.lockorder;

import dev.weft.analysis.race.SyncClock;

/**
 * One wait set (a monitor's, or a {@code Condition}'s) as the lock-order graph sees it: who signalled it and in
 * which hold of its lock, so that a thread woken from it can be ordered after its signaller in every schedule
 * ({@link LockOrderGraph#woken}).
 *
 * <p>The holds of the lock are numbered by the caller, one more for each exclusive acquisition by any thread;
 * the number is read and written holding the lock, which orders it.
 *
 * <h2>Shadow state</h2>
 * Guarded by its own monitor, which the {@link LockOrderGraph} takes to order through it.
 */
public final class WaitSet {

    private static final long NO_THREAD = Long.MIN_VALUE;

    final SyncClock lastSignal = new SyncClock();
    long signaller = NO_THREAD;
    boolean severalSignallers;
    long signalHold = -1;       // the hold of the lock in which the last signal was made
    long lastWaitHold = -2;     // the latest hold of the lock in which a thread began to wait
    boolean ordered;            // some waiter was ordered after a signal of this set

    /** Notes a signal by {@code tid} in hold {@code hold}; false when another thread signalled this set before. */
    boolean signalledBy(long tid, long hold) {
        if (signaller == NO_THREAD) {
            signaller = tid;
        } else if (signaller != tid) {
            severalSignallers = true;
        }
        signalHold = hold;
        return !severalSignallers;
    }
}
