package dev.weft.analysis.lockorder;

import dev.weft.analysis.race.Epoch;
import dev.weft.analysis.race.VectorClock;
import dev.weft.trace.Site;
import java.util.List;

/**
 * One way an edge {@code from → to} of the lock-order graph was made: a thread that held {@code from}
 * (with every other lock in {@code heldLocks}) asked for {@code to}.
 *
 * <p>Immutable once made (its arrays and clock are never changed), so the graph hands it out as it is.
 *
 * @param tid        the thread's id
 * @param heldLocks  every lock the thread held, in the order it took them ({@code from} among them)
 * @param heldShared for each of {@code heldLocks}, true when held shared (a read lock)
 * @param fromSite   where the thread took {@code from}
 * @param fromShared true when it holds {@code from} shared
 * @param fromRequest the number of the thread's blocking lock request that took {@code from}, counted from 1 (0 when
 *                    not known: taken back after a {@code wait}, or by a {@code tryLock})
 * @param toSite     where it asked for {@code to}
 * @param toShared   true when it asks for {@code to} shared
 * @param stack      its stack when it asked for {@code to}, innermost frame first (empty when not known)
 * @param epoch      the thread's epoch then, see {@link Epoch}
 * @param position   the thread's vector clock then (of thread start and join only)
 * @param wokenEpoch    the thread's epoch then, with the wake-ups ({@link LockOrderGraph#woken})
 * @param wokenPosition the thread's vector clock then, with the wake-ups
 */
record Witness(long tid, long[] heldLocks, boolean[] heldShared, int fromSite, boolean fromShared,
               int fromRequest, int toSite, boolean toShared, List<Site> stack, long epoch, VectorClock position,
               long wokenEpoch, VectorClock wokenPosition) {

    /** True when this witness is what {@code thread} would make now for hold {@code from} and the request. */
    boolean sameAs(LockingThread thread, int from, int site, boolean shared) {
        return tid == thread.tid() && position == thread.position() && wokenPosition == thread.wokenPosition()
                && toSite == site && toShared == shared
                && fromSite == thread.site(from) && fromShared == thread.shared(from)
                && thread.holdsExactly(heldLocks, heldShared);
    }

    /**
     * True when this witness and {@code other} could be at their points at the same moment: different
     * threads, unordered by start and join (and by the wake-ups, when {@code wakeUps}), and no lock held by both
     * unless both hold it shared.
     */
    boolean canOverlap(Witness other, boolean wakeUps) {
        boolean ordered = wakeUps
                ? Epoch.leq(wokenEpoch, other.wokenPosition) || Epoch.leq(other.wokenEpoch, wokenPosition)
                : Epoch.leq(epoch, other.position) || Epoch.leq(other.epoch, position);
        return tid != other.tid && !ordered && !shareAGate(other);
    }

    private boolean shareAGate(Witness other) {
        for (int i = 0; i < heldLocks.length; i++) {
            for (int j = 0; j < other.heldLocks.length; j++) {
                if (heldLocks[i] == other.heldLocks[j] && !(heldShared[i] && other.heldShared[j])) {
                    return true;
                }
            }
        }
        return false;
    }
}
