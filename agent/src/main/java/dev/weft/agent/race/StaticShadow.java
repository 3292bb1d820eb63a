package dev.weft.agent.race;

import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VarTable;
import java.util.Arrays;

/**
 * Weft's race-detection state about static fields: as a {@link VarTable}, the FastTrack state of each
 * plain static field accessed (keyed by field id), and a {@link SyncClock} per volatile one, in an array
 * indexed by field id (ids are dense).
 *
 * <p><b>Shadow state</b>: besides the table's (see {@link VarTable}), {@code clocks} grows and its slots
 * are filled under this object's monitor, and is read without it; a reader that sees {@code null} (or a
 * table too short) takes the monitor and looks again. A {@code SyncClock} seen through a racy read is safe
 * to use: its fields are final.
 */
final class StaticShadow extends VarTable {

    private volatile SyncClock[] clocks = new SyncClock[256];

    /** The clock of volatile static field {@code field}. */
    SyncClock clock(int field) {
        SyncClock[] c = clocks;
        SyncClock found = field < c.length ? c[field] : null;
        return found != null ? found : addClock(field);
    }

    private synchronized SyncClock addClock(int field) {
        SyncClock[] c = clocks;
        if (field >= c.length) {
            c = Arrays.copyOf(c, Math.max(field + 1, 2 * c.length));
        }
        if (c[field] == null) {
            c[field] = new SyncClock(field);
        }
        clocks = c;
        return c[field];
    }
}
