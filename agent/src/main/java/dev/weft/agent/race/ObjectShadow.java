package dev.weft.agent.race;

import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VarTable;
import java.util.Arrays;

/**
 * Weft's race-detection state about one object: as a {@link VarTable}, the FastTrack state of each plain
 * field accessed (keyed by field id) or, for an array, of each element accessed (keyed by
 * {@code -1 - index}, telling it apart from a field) or, for a collection of the JDK's, of its contents
 * ({@link #CONTENTS}); and a {@link SyncClock} per volatile field accessed
 * and for the object as a lock and as a hand-off object. Created on the first access; it holds no
 * reference to the object. FastTrack's slow paths lock it: one monitor per object.
 *
 * <p>The shadow of an instrumented object makes room, at its second variable, for as many variables as
 * the shadows of its class came to hold so far ({@link Sizing}, which the caller passes): objects of one
 * class mostly have the same fields accessed (their constructor writes them), so the table is made once,
 * at its size, not grown by copies. The shadow of an array or of another object without a shadow field
 * makes room for one more when a second comes: most never hold more than one (a collection's contents,
 * the one element written into a copy of an array), and a dead array's shadow is then one object besides
 * its map entry. A shadow holds nothing beyond its table's fields (48 bytes with one variable or none).
 *
 * <p><b>Shadow state</b>: besides the table's (see {@link VarTable}), its clocks, the clocks made so far,
 * kept as the table's attachment, each found by its tag (a field id, or one of the negative keys
 * {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF}...): {@code null}, one {@code SyncClock}, or an array
 * of them (most objects have none, a lock one). Replaced under this object's monitor, read without it; a
 * reader that misses takes the monitor and looks again. A {@code SyncClock} seen through a racy read is
 * safe to use: its fields are final.
 */
final class ObjectShadow extends VarTable {

    /** The key of the clock of the object as a monitor or lock (write releases of a read-write lock). */
    static final int LOCK = -2;
    /** The key of the clock that the read releases of a read-write lock go to. */
    static final int READ_LOCK = -3;
    /** The key of the clock of the object as a hand-off (a queue, a latch, a future...). */
    static final int HAND_OFF = -4;
    /**
     * The key of the clock that the functions of a {@code ConcurrentHashMap}'s keyed calls release into ({@code compute(key,
     * f)}...), which every acquire of the map acquires but those functions do not.
     */
    static final int KEYED_FUNCTIONS = -5;
    /** The key of the clock of key number 0 of a {@code ConcurrentHashMap}'s keyed functions; number n's is this less n. */
    static final int MAP_KEY = -6;

    /**
     * The key of the variable that stands for the contents of one of the JDK's non-thread-safe collections
     * (see {@code CollectionContents}); no array element has it (the longest array's last index is
     * {@code Integer.MAX_VALUE - 1}).
     */
    static final int CONTENTS = Integer.MIN_VALUE;

    /**
     * The largest number of variables a shadow of one class came to hold: the room the next one makes at
     * its second variable. Read and written without a lock: a lost update costs a copy, never a wrong answer.
     */
    static final class Sizing {
        int slots = 1;

        /** The slot of field {@code field} in {@code shadow}, a shadow of this class's objects, sizing it as they come to be. */
        int slot(ObjectShadow shadow, int field) {
            int slot = shadow.slot(field, slots);
            if (slot >= slots) {
                slots = slot + 1;
            }
            return slot;
        }
    }

    /** The shadow of an object, made before any variable or clock. */
    ObjectShadow() { }

    /** The slot of element {@code index} of the array this shadows. */
    int element(int index) {
        return slot(elementKey(index));
    }

    /** The key of element {@code index} of an array, {@code -1 - index}; and the index of an element's key. */
    static int elementKey(int index) {
        return -1 - index;
    }

    /**
     * The clock of volatile field {@code field}, or of {@link #LOCK}, {@link #READ_LOCK}, {@link #HAND_OFF},
     * {@link #KEYED_FUNCTIONS}, a {@link #MAP_KEY}.
     */
    SyncClock clock(int key) {
        SyncClock clock = find(attachment(), key);
        return clock != null ? clock : addClock(key);
    }

    /** The clock of {@code key} when it was made, else {@code null}. */
    SyncClock existingClock(int key) {
        return find(attachment(), key);
    }

    private static SyncClock find(Object clocks, int key) {
        if (clocks instanceof SyncClock clock) {
            return clock.tag() == key ? clock : null;
        }
        if (clocks != null) {
            for (SyncClock clock : (SyncClock[]) clocks) {
                if (clock.tag() == key) {
                    return clock;
                }
            }
        }
        return null;
    }

    private synchronized SyncClock addClock(int key) {
        Object c = attachment();
        SyncClock clock = find(c, key);
        if (clock != null) {
            return clock;
        }
        clock = new SyncClock(key);
        if (c == null) {
            attach(clock);
        } else {
            SyncClock[] old = c instanceof SyncClock one ? new SyncClock[] {one} : (SyncClock[]) c;
            SyncClock[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = clock;
            attach(grown);
        }
        return clock;
    }
}
