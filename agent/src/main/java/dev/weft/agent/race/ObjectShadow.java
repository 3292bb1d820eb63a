package dev.weft.agent.race;

import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VarTable;
import java.util.Arrays;

/**
 * Weft's race-detection state about one object: as a {@link VarTable}, the FastTrack state of each plain
 * field accessed (keyed by field id) or, for an array, of each element accessed (keyed by
 * {@code -1 - index}, telling it apart from a field); and a {@link SyncClock} per volatile field accessed
 * and for the object as a lock and as a hand-off object. Created on the first access; it holds no
 * reference to the object. FastTrack's slow paths lock it: one monitor per object.
 *
 * <p><b>Shadow state</b>: besides the table's (see {@link VarTable}), {@code clocks}, the clocks made so
 * far, each found by its tag (a field id, or one of the negative keys {@link #LOCK}, {@link #READ_LOCK},
 * {@link #HAND_OFF}); most objects have none, a lock one. Replaced by a longer copy under this object's
 * monitor, read without it; a reader that misses takes the monitor and looks again. A {@code SyncClock}
 * seen through a racy read is safe to use: its fields are final.
 */
final class ObjectShadow extends VarTable {

    /** The key of the clock of the object as a monitor or lock (write releases of a read-write lock). */
    static final int LOCK = -2;
    /** The key of the clock that the read releases of a read-write lock go to. */
    static final int READ_LOCK = -3;
    /** The key of the clock of the object as a hand-off (a queue, a latch, a future...). */
    static final int HAND_OFF = -4;

    private static final SyncClock[] NONE = new SyncClock[0];

    private volatile SyncClock[] clocks = NONE;

    /** The slot of element {@code index} of the array this shadows. */
    int element(int index) {
        return slot(-1 - index);
    }

    /** The clock of volatile field {@code field}, or of {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF}. */
    SyncClock clock(int key) {
        for (SyncClock clock : clocks) {
            if (clock.tag() == key) {
                return clock;
            }
        }
        return addClock(key);
    }

    private synchronized SyncClock addClock(int key) {
        SyncClock[] c = clocks;
        for (SyncClock clock : c) {
            if (clock.tag() == key) {
                return clock;
            }
        }
        SyncClock clock = new SyncClock(key);
        c = Arrays.copyOf(c, c.length + 1);
        c[c.length - 1] = clock;
        clocks = c;
        return clock;
    }
}
