package dev.weft.agent.race;

import java.util.Arrays;

/**
 * The ranges of an array's elements that JDK calls accessed in bulk ({@code Arrays.fill},
 * {@code System.arraycopy}...) where instrumented code had not accessed every element of the range: each is
 * one variable of the array's shadow, checked and recorded for all its elements at once, keyed
 * {@link #key key(n)} for the {@code n}th range. A bulk call records into the range of exactly its bounds and
 * is checked against the others that overlap it; an element's first access by instrumented code is checked
 * against the ranges that hold it. So calls into two disjoint halves of an array are not checked against
 * each other, and calls into overlapping ranges are. An array holds at most {@link #MAX} ranges: a call
 * beyond them records nothing (its races with later accesses can be missed, none is made up).
 *
 * <p><b>Shadow state</b>: {@code bounds}, the first and the end of each range in the order they were added;
 * replaced under this object's monitor, read without it. A range is added here before its variable is made
 * in the shadow, so a reader that finds the variable finds its bounds.
 */
final class BulkRanges {

    /** The most ranges an array holds. */
    static final int MAX = 16;

    private volatile int[] bounds = new int[0];

    /** The key of range {@code n}'s variable in the array's shadow: above every field id, apart from every element's key. */
    static int key(int n) {
        return Integer.MAX_VALUE - n;
    }

    /** Whether {@code key} is the key of a range's variable. */
    static boolean isKey(int key) {
        return key > Integer.MAX_VALUE - MAX;
    }

    /** The bounds of the ranges: range {@code n} is {@code [bounds[2n], bounds[2n + 1])}. Not to be changed. */
    int[] bounds() {
        return bounds;
    }

    /** The number of range {@code [from, to)}, or -1 when there is none. */
    static int find(int[] bounds, int from, int to) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] == from && bounds[i + 1] == to) {
                return i / 2;
            }
        }
        return -1;
    }

    /** The number of range {@code [from, to)}, added if there is none yet; -1 when the array holds {@link #MAX} others. */
    synchronized int add(int from, int to) {
        int[] b = bounds;
        int n = find(b, from, to);
        if (n >= 0 || b.length == 2 * MAX) {
            return n;
        }
        int[] grown = Arrays.copyOf(b, b.length + 2);
        grown[b.length] = from;
        grown[b.length + 1] = to;
        bounds = grown;
        return b.length / 2;
    }
}
