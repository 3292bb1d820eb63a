package dev.weft.agent.race;

import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VarState;

/**
 * Weft's race-detection state about one object: a {@link VarState} per plain field accessed, a
 * {@link SyncClock} per volatile field accessed, the clocks of the object as a lock and as a hand-off
 * object, and, for an array, a {@code VarState} per element accessed. Created on the first access; it
 * holds no reference to the object.
 *
 * <p><b>Shadow state</b>:
 * <ul>
 *   <li>{@code slots}: an open-addressed table from a key (a field id, or one of the negative keys
 *       {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF}) to its state, filled in place and replaced
 *       when it grows, under this object's monitor, and read without it. A reader may miss an entry being
 *       added (or see its key before its value): it then takes the monitor and looks again.</li>
 *   <li>{@code elements}: for an array, one slot per element, filled under this object's monitor and read
 *       without it; a reader that sees {@code null} takes the monitor and looks again.</li>
 * </ul>
 * A {@code VarState} or {@code SyncClock} seen through a racy read is safe to use: its fields start at
 * the values their constructors give them ({@code VarState}) or are final ({@code SyncClock}).
 */
final class ObjectShadow {

    /** The key of the clock of the object as a monitor or lock (write releases of a read-write lock). */
    static final int LOCK = -2;
    /** The key of the clock that the read releases of a read-write lock go to. */
    static final int READ_LOCK = -3;
    /** The key of the clock of the object as a hand-off (a queue, a latch, a future...). */
    static final int HAND_OFF = -4;

    /** Keys are stored shifted so that every stored key is positive and 0 marks an empty slot. */
    private static final int SHIFT = 1 - HAND_OFF;

    /** One table: its arrays keep their length; a larger table replaces it. */
    private static final class Slots {
        final int[] keys;
        final Object[] values;
        int size; // guarded by the ObjectShadow

        Slots(int capacity) {
            keys = new int[capacity];
            values = new Object[capacity];
        }

        Object find(int key) {
            int stored = key + SHIFT;
            int mask = keys.length - 1;
            for (int i = key & mask; ; i = (i + 1) & mask) {
                int k = keys[i];
                if (k == stored) {
                    return values[i];
                }
                if (k == 0) {
                    return null;
                }
            }
        }

        /** Sets the value of {@code key}, adding it if it is new: the value first, so a reader never sees a wrong one. */
        void put(int key, Object value) {
            int stored = key + SHIFT;
            int mask = keys.length - 1;
            int i = key & mask;
            while (keys[i] != 0 && keys[i] != stored) {
                i = (i + 1) & mask;
            }
            values[i] = value;
            if (keys[i] == 0) {
                keys[i] = stored;
                size++;
            }
        }
    }

    private volatile Slots slots;
    private VarState[] elements; // guarded by this for writes; see the class comment

    /** The state of plain field {@code field} of the object. */
    VarState var(int field) {
        Slots s = slots;
        Object found = s == null ? null : s.find(field);
        return found instanceof VarState var ? var : (VarState) add(field, new VarState(field));
    }

    /** The clock of volatile field {@code field}, or of {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF}. */
    SyncClock clock(int key) {
        Slots s = slots;
        Object found = s == null ? null : s.find(key);
        return found instanceof SyncClock clock ? clock : (SyncClock) add(key, new SyncClock());
    }

    private synchronized Object add(int key, Object value) {
        Slots s = slots;
        Object found = s == null ? null : s.find(key);
        if (found != null && found.getClass() == value.getClass()) {
            return found;
        }
        // (a field seen both as volatile and plain, from classes compiled apart: the later kind wins)
        if (s == null) {
            s = new Slots(4);
        } else if (2 * (s.size + 1) > s.keys.length) {
            Slots grown = new Slots(2 * s.keys.length);
            for (int i = 0; i < s.keys.length; i++) {
                if (s.keys[i] != 0) {
                    grown.put(s.keys[i] - SHIFT, s.values[i]);
                }
            }
            s = grown;
        }
        s.put(key, value);
        slots = s;
        return value;
    }

    /**
     * The state of element {@code index} of the array this shadows, of length {@code length}; its tag is
     * {@code -1 - index}, telling it apart from a field's.
     */
    VarState element(int index, int length) {
        VarState[] e = elements;
        VarState var = e == null ? null : e[index];
        return var != null ? var : addElement(index, length);
    }

    private synchronized VarState addElement(int index, int length) {
        if (elements == null) {
            elements = new VarState[length];
        }
        VarState var = elements[index];
        if (var == null) {
            var = new VarState(-1 - index);
            elements[index] = var;
        }
        return var;
    }
}
