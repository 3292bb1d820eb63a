package dev.weft.runtime;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry of a {@code ConcurrentHashMap} that a keyed call's function runs on ({@code compute(key, f)},
 * {@code computeIfAbsent}, {@code computeIfPresent}, {@code merge}): the start and end sync object of that function
 * ({@link HandedOffTask}), which hands over through the map per key ({@link Listener#keyedFunctionEntered}), as the
 * map's Javadoc promises, not through the map as a whole: two threads' functions on different keys run at once.
 *
 * <p>A key is named by a number below {@link #NUMBERS}, a hash of it, for the JDK's value classes whose
 * {@code hashCode()} weft may call (strings, boxes, {@code UUID}s) and for enums (by ordinal); the keys of any other class are all
 * number 0, as is any key whose hash falls there: keys of one number are ordered as one key (a race between
 * them is missed, none is made up).
 */
final class MapKey {

    /** How many key numbers there are: 2^6. */
    static final int NUMBERS = 64;

    final Object map;
    final int number;

    private MapKey(Object map, int number) {
        this.map = map;
        this.number = number;
    }

    /**
     * The entry {@code key} of {@code map}, when {@code map} is exactly a {@code ConcurrentHashMap} (a subclass may
     * run a function elsewhere than on the key's entry); else {@code null}.
     */
    static MapKey of(Object map, Object key) {
        return map != null && map.getClass() == ConcurrentHashMap.class ? new MapKey(map, numberOf(key)) : null;
    }

    /** {@code key}'s number: a hash of a JDK value, else 0. */
    static int numberOf(Object key) {
        int h;
        if (key instanceof Enum<?> constant) {
            h = constant.ordinal(); // not its identity hash: the same in every run
        } else if (key instanceof String || key instanceof Integer || key instanceof Long || key instanceof Short
                || key instanceof Byte || key instanceof Double || key instanceof Float || key instanceof Character
                || key instanceof Boolean || key instanceof UUID) {
            h = key.hashCode(); // the JDK's own
        } else {
            return 0;
        }
        return h * 0x9E3779B9 >>> Integer.SIZE - 6; // the top 6 bits of a Fibonacci hash: a number below NUMBERS
    }
}
