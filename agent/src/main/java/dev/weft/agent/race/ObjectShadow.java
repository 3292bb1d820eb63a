package dev.weft.agent.race;

import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VarState;
import java.util.Arrays;

/**
 * Weft's race-detection state about one object: a {@link VarState} per plain field accessed, a
 * {@link SyncClock} per volatile field accessed, the clocks of the object as a lock and as a hand-off
 * object, and, for an array, a {@code VarState} per element accessed. Created on the first access; it
 * holds no reference to the object.
 *
 * <p><b>Shadow state</b>:
 * <ul>
 *   <li>{@code slots}: an open-addressed table from a key (a field id, or one of the negative keys
 *       {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF}) to its state, replaced as a whole (copy on
 *       write) under this object's monitor and read without it: objects have few fields, and each is added
 *       once.</li>
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

    private static final int EMPTY = Integer.MIN_VALUE;

    /** Keys and values of one version of the table; never changed once published. */
    private static final class Slots {
        final int[] keys;
        final Object[] values;
        final int size;

        Slots(int capacity, int size) {
            keys = new int[capacity];
            Arrays.fill(keys, EMPTY);
            values = new Object[capacity];
            this.size = size;
        }

        Object find(int key) {
            int mask = keys.length - 1;
            for (int i = key & mask; ; i = (i + 1) & mask) {
                int k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == EMPTY) {
                    return null;
                }
            }
        }

        void put(int key, Object value) {
            int mask = keys.length - 1;
            int i = key & mask;
            while (keys[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
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
        Slots old = slots;
        Object found = old == null ? null : old.find(key);
        if (found != null && found.getClass() == value.getClass()) {
            return found;
        }
        // a field seen both as volatile and plain (classes compiled apart): the later kind wins
        int size = old == null ? 1 : old.size + (found == null ? 1 : 0);
        int capacity = old == null ? 4 : old.keys.length;
        while (capacity < 2 * size) {
            capacity *= 2;
        }
        Slots grown = new Slots(capacity, size);
        if (old != null) {
            for (int i = 0; i < old.keys.length; i++) {
                if (old.keys[i] != EMPTY && old.keys[i] != key) {
                    grown.put(old.keys[i], old.values[i]);
                }
            }
        }
        grown.put(key, value);
        slots = grown;
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
