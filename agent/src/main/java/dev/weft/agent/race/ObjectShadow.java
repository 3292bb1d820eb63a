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
 *   <li>{@code states}: an open-addressed table of the states themselves, each found by its tag (a field
 *       id, or one of the negative keys {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF} of a
 *       clock), so that an object with a few fields costs one small array. Filled in place (at most
 *       three quarters full, so a probe always ends at an empty slot) and replaced when it grows, under
 *       this object's monitor; read without it. A reader that misses an entry being added takes the
 *       monitor and looks again.</li>
 *   <li>{@code elements}: for an array, the states of the elements accessed. While few are, an
 *       open-addressed table found by index (its capacity, a power of 2, always below the array's length,
 *       at most three quarters full); once the table would reach the array's length, one slot per element
 *       (so a table as long as the array is that direct one). H2, like many programs, copies an array on
 *       every change and reads a few elements of each copy: a table of the few costs far less than a slot
 *       per element. Filled in place and replaced when it grows, under this object's monitor; read
 *       without it. A reader that misses takes the monitor and looks again.</li>
 * </ul>
 * A {@code VarState} or {@code SyncClock} seen through a racy read is safe to use: its tag is final and
 * its other fields start at the values their constructors give them ({@code VarState}) or are final
 * ({@code SyncClock}).
 */
final class ObjectShadow {

    /** The key of the clock of the object as a monitor or lock (write releases of a read-write lock). */
    static final int LOCK = -2;
    /** The key of the clock that the read releases of a read-write lock go to. */
    static final int READ_LOCK = -3;
    /** The key of the clock of the object as a hand-off (a queue, a latch, a future...). */
    static final int HAND_OFF = -4;

    /** Room for three states: most objects have no more fields accessed, so most tables never grow. */
    private static final int FIRST_CAPACITY = 4;

    private volatile Object[] states;
    private int size; // guarded by this: how many states and elements' states there are (an upper bound on each table's)
    private volatile VarState[] elements;

    /** The state of plain field {@code field} of the object. */
    VarState var(int field) {
        Object[] s = states;
        if (s != null) {
            int mask = s.length - 1;
            for (int i = field & mask; s[i] != null; i = (i + 1) & mask) {
                if (s[i] instanceof VarState var && var.tag() == field) {
                    return var;
                }
            }
        }
        return (VarState) add(field, new VarState(field));
    }

    /** The clock of volatile field {@code field}, or of {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF}. */
    SyncClock clock(int key) {
        Object[] s = states;
        if (s != null) {
            int mask = s.length - 1;
            for (int i = key & mask; s[i] != null; i = (i + 1) & mask) {
                if (s[i] instanceof SyncClock clock && clock.tag() == key) {
                    return clock;
                }
            }
        }
        return (SyncClock) add(key, new SyncClock(key));
    }

    /**
     * Adds {@code state}, the state of {@code key}, unless there is one of its kind already (which it
     * returns). A field seen both as volatile and as plain, from classes compiled apart, keeps one state:
     * the later kind replaces the earlier.
     */
    private synchronized Object add(int key, Object state) {
        Object[] s = states;
        if (s != null) {
            int mask = s.length - 1;
            for (int i = key & mask; s[i] != null; i = (i + 1) & mask) {
                if (tag(s[i]) == key) {
                    if (s[i].getClass() == state.getClass()) {
                        return s[i];
                    }
                    s[i] = state;
                    return state;
                }
            }
        }
        if (s == null || 4 * (size + 1) > 3 * s.length) {
            Object[] grown = new Object[s == null ? FIRST_CAPACITY : 2 * s.length];
            if (s != null) {
                for (Object old : s) {
                    if (old != null) {
                        put(grown, old);
                    }
                }
            }
            put(grown, state);
            states = grown;
        } else {
            put(s, state);
        }
        size++;
        return state;
    }

    private static void put(Object[] table, Object state) {
        int mask = table.length - 1;
        int i = tag(state) & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = state;
    }

    private static int tag(Object state) {
        return state instanceof VarState var ? var.tag() : ((SyncClock) state).tag();
    }

    /**
     * The state of element {@code index} of the array this shadows, of length {@code length}; its tag is
     * {@code -1 - index}, telling it apart from a field's.
     */
    VarState element(int index, int length) {
        VarState var = find(elements, index, length);
        return var != null ? var : addElement(index, length);
    }

    private static VarState find(VarState[] table, int index, int length) {
        if (table == null) {
            return null;
        }
        if (table.length == length) {
            return table[index];
        }
        int mask = table.length - 1;
        for (int i = index & mask; table[i] != null; i = (i + 1) & mask) {
            if (table[i].tag() == -1 - index) {
                return table[i];
            }
        }
        return null;
    }

    private synchronized VarState addElement(int index, int length) {
        VarState[] table = elements;
        VarState var = find(table, index, length);
        if (var != null) {
            return var;
        }
        var = new VarState(-1 - index);
        int capacity = table == null ? FIRST_CAPACITY
                : 4 * (size + 1) > 3 * table.length ? 2 * table.length : table.length;
        if (capacity >= length) {
            capacity = length;
        }
        if (table == null || capacity != table.length) {
            VarState[] grown = new VarState[capacity];
            if (table != null) {
                for (VarState old : table) {
                    if (old != null) {
                        putElement(grown, old, length);
                    }
                }
            }
            putElement(grown, var, length);
            elements = grown;
        } else {
            putElement(table, var, length);
        }
        size++;
        return var;
    }

    private static void putElement(VarState[] table, VarState var, int length) {
        int index = -1 - var.tag();
        if (table.length == length) {
            table[index] = var;
            return;
        }
        int mask = table.length - 1;
        int i = index & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = var;
    }
}
