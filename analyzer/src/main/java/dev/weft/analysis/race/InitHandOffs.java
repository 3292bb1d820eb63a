package dev.weft.analysis.race;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Static initializers that received something from other threads while they ran: joined loader threads they
 * started, took an object from a queue. The JVM orders the end of a class's initialization before every use of
 * the class by another thread (JLS 12.4.2), so what such an initializer received, and published through its
 * class, is ordered before those uses. Weft does not see a thread's first use of a class; so a race whose
 * earlier access such an initializer learnt of while it ran is taken as ordered, and the thread acquires the
 * initialization's end, as its use of the class would have. Conservative: no false race; a real race with such
 * an access, in a thread that never used the class, would be missed. Shared by the live detector and the
 * analysis of a trace. Initializers that received nothing (nearly all) cost a copy of the thread's clock at
 * their start and end.
 */
public final class InitHandOffs {

    /** The initializing thread's clock at the start and at the end of an initialization, and that end as a sync object. */
    private record Ended(VectorClock before, VectorClock after, SyncClock end) {

        /** True when the initializer learnt of the access of epoch {@code epoch} while it ran. */
        boolean received(long epoch) {
            int thread = Epoch.thread(epoch);
            long clock = Epoch.clock(epoch);
            return before.get(thread) < clock && clock <= after.get(thread);
        }
    }

    private final List<Ended> ended = new CopyOnWriteArrayList<>();

    /**
     * A thread whose clock is {@code clock} ended the outermost static initializer it began when its clock was
     * {@code before}: kept when it received from another thread meanwhile.
     */
    public void ended(ThreadClock clock, VectorClock before, FastTrack fastTrack) {
        VectorClock after = clock.snapshot();
        int me = clock.index();
        for (int other = after.next(0); other >= 0; other = after.next(other + 1)) {
            if (other != me && after.get(other) > before.get(other)) {
                SyncClock end = new SyncClock();
                fastTrack.release(clock, end);
                ended.add(new Ended(before, after, end));
                return;
            }
        }
    }

    /**
     * The end of the initialization that learnt of {@code priorEpoch}, the earlier access a race met, while it
     * ran: then the race is none, and the thread is to acquire that end once its access is done. Else {@code null}.
     */
    public SyncClock receivedBy(long priorEpoch) {
        for (Ended e : ended) {
            if (e.received(priorEpoch)) {
                return e.end;
            }
        }
        return null;
    }

    /** True once some initialization received from another thread. */
    public boolean any() {
        return !ended.isEmpty();
    }
}
