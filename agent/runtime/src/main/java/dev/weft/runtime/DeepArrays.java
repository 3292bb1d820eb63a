package dev.weft.runtime;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The element reads of {@code Arrays.deepToString}, {@code deepHashCode} and {@code deepEquals}, which go through an
 * array and, at any depth, the arrays it holds ({@link ArrayCalls#DEEP_READ}, {@link ArrayCalls#DEEP_EQUALS}): each array
 * reached is read whole, once, and at most {@link #MOST_ARRAYS} of them a call.
 */
final class DeepArrays {

    /** The most arrays one call's report goes through: a bound on what a large nested table costs. */
    private static final int MOST_ARRAYS = 256;

    private DeepArrays() { }

    /** Before {@code deepToString(array)} or {@code deepHashCode(array)}: the reads of its elements and of the arrays it holds. */
    static void read(Object array, int site) {
        if (array == null) {
            return;
        }
        Set<Object> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> toRead = new ArrayDeque<>();
        toRead.add(array);
        reached.add(array);
        while (!toRead.isEmpty() && reached.size() <= MOST_ARRAYS) {
            Object next = toRead.poll();
            int length = java.lang.reflect.Array.getLength(next);
            if (length > 0) {
                Weft.arrayElements(next, 0, length, false, site);
            }
            if (next instanceof Object[] elements) {
                for (Object element : elements) {
                    if (element != null && element.getClass().isArray() && reached.add(element)) {
                        toRead.add(element);
                    }
                }
            }
        }
    }

    /** After {@code deepEquals(a, b)} returned {@code equal}: when true, as {@link #read} of both (a false one stopped at a place not known). */
    static boolean compared(boolean equal, Object a, Object b, int site) {
        if (equal && a != b) {
            read(a, site);
            read(b, site);
        }
        return equal;
    }
}
