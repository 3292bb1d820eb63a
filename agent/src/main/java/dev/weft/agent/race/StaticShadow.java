package dev.weft.agent.race;

import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VarState;
import java.util.Arrays;

/**
 * Weft's race-detection state about static fields: a {@link VarState} per plain static field and a
 * {@link SyncClock} per volatile one, in an array indexed by field id (ids are dense).
 *
 * <p><b>Shadow state</b>: {@code states} grows and its slots are filled under this object's monitor, and
 * is read without it; a reader that sees {@code null} (or a table too short) takes the monitor and looks
 * again. What a racy read returns is safe to use, as in {@link ObjectShadow}.
 */
final class StaticShadow {

    private volatile Object[] states = new Object[256];

    /** The state of plain static field {@code field}. */
    VarState var(int field) {
        Object[] s = states;
        Object found = field < s.length ? s[field] : null;
        return found instanceof VarState var ? var : (VarState) add(field, new VarState(field));
    }

    /** The clock of volatile static field {@code field}. */
    SyncClock clock(int field) {
        Object[] s = states;
        Object found = field < s.length ? s[field] : null;
        return found instanceof SyncClock clock ? clock : (SyncClock) add(field, new SyncClock());
    }

    private synchronized Object add(int field, Object value) {
        Object[] s = states;
        if (field >= s.length) {
            s = Arrays.copyOf(s, Math.max(field + 1, 2 * s.length));
        }
        Object found = s[field];
        if (found != null && found.getClass() == value.getClass()) {
            return found;
        }
        s[field] = value;
        states = s;
        return value;
    }
}
