package dev.weft.agent.race;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The unordered pairs of sites already reported as racing: a set of longs that a thread asks without
 * allocating or locking, since a racy program asks again at every racy access.
 *
 * <p><b>Shadow state</b>: {@code table} is an open-addressed table of pair keys (0 for an empty slot),
 * replaced when it grows and filled only under this object's monitor; {@link #contains} reads it without
 * the monitor, and a miss is confirmed under it by {@link #add}.
 */
final class SitePairs {

    private volatile AtomicLongArray table = new AtomicLongArray(64);
    private int size; // guarded by this

    /** True when the pair {@code a}, {@code b} (in either order) is in the set. */
    boolean contains(int a, int b) {
        AtomicLongArray t = table;
        long key = key(a, b);
        int mask = t.length() - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = t.get(i);
            if (k == key) {
                return true;
            }
            if (k == 0) {
                return false;
            }
        }
    }

    /** Adds the pair {@code a}, {@code b}; true when it was not in the set yet. */
    synchronized boolean add(int a, int b) {
        if (contains(a, b)) {
            return false;
        }
        if (2 * (size + 1) > table.length()) {
            AtomicLongArray old = table;
            AtomicLongArray grown = new AtomicLongArray(old.length() * 2);
            for (int i = 0; i < old.length(); i++) {
                if (old.get(i) != 0) {
                    put(grown, old.get(i));
                }
            }
            table = grown;
        }
        put(table, key(a, b));
        size++;
        return true;
    }

    private static void put(AtomicLongArray t, long key) {
        int mask = t.length() - 1;
        int i = slot(key, mask);
        while (t.get(i) != 0) {
            i = (i + 1) & mask;
        }
        t.set(i, key);
    }

    /** Never 0: site ids are not negative. */
    private static long key(int a, int b) {
        return ((long) Math.min(a, b) + 1) << 32 | (Math.max(a, b) + 1L);
    }

    private static int slot(long key, int mask) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }
}
