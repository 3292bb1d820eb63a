package dev.weft.agent.race;

import dev.weft.analysis.race.Epoch;
import dev.weft.analysis.race.FastTrack;
import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VectorClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Static initializers that received something from other threads while they ran: joined loader threads they
 * started, took an object from a queue. The JVM orders the end of a class's initialization before every use of
 * the class by another thread (JLS 12.4.2), so what such an initializer received, and published through its
 * class, is ordered before those uses. Weft does not see a thread's first use of a class; so a race whose
 * earlier access such an initializer learnt of while it ran is taken as ordered, and the thread acquires the
 * initialization's end, as its use of the class would have. Conservative: no false race; a real race with such
 * an access, in a thread that never used the class, would be missed.
 * Initializers that received nothing (nearly all) cost a copy of the thread's clock at their start and end.
 */
final class InitHandOffs {

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

    /** Thread {@code t} begins a static initializer, not inside another one. */
    void started(RaceThread t) {
        t.initStart = t.clock.snapshot();
    }

    /** Thread {@code t} ended the static initializer it began last in {@link #started}. */
    void ended(RaceThread t, FastTrack fastTrack) {
        VectorClock before = t.initStart;
        t.initStart = null;
        if (before == null) {
            return;
        }
        VectorClock after = t.clock.snapshot();
        int me = t.clock.index();
        for (int other = after.next(0); other >= 0; other = after.next(other + 1)) {
            if (other != me && after.get(other) > before.get(other)) {
                SyncClock end = new SyncClock();
                fastTrack.release(t.clock, end);
                ended.add(new Ended(before, after, end));
                return;
            }
        }
    }

    /**
     * True when {@code priorEpoch}, the earlier access of a race thread {@code t} met, is one that an initializer
     * learnt of while it ran: then the race is none, and {@code t} is to acquire that initialization's end once
     * its access is done ({@link RaceThread#initEnd}; {@code t.conflicts} is then not {@code null}).
     */
    boolean ordered(RaceThread t, long priorEpoch) {
        for (Ended e : ended) {
            if (e.received(priorEpoch)) {
                t.initEnd = e.end;
                if (t.conflicts == null) {
                    t.conflicts = new ArrayList<>(1);
                }
                return true;
            }
        }
        return false;
    }

    /** True once some initialization received from another thread. */
    boolean any() {
        return !ended.isEmpty();
    }
}
