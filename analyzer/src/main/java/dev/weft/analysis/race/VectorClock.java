package dev.weft.analysis.race;

import java.util.Arrays;

/**
 * A vector clock: one clock per thread index; a missing entry is 0.
 *
 * <p>Two forms. <b>Dense</b>, one {@code long} per index up to the largest it has seen: what a clock that
 * knows a few threads with small indices is (the common case: a handful of threads), read with one array
 * access. <b>Sparse</b>, the entries that are not 0 as sorted epochs ({@link Epoch#of}{@code (index, clock)}),
 * read by a binary search: what a clock becomes when it would be mostly zeros, the clock of a thread with a
 * large index that knows only its starter and itself. A clock turns sparse when it must grow past
 * {@value #DENSE_UP_TO} entries while fewer than one in {@value #SPARSENESS} would be set, and dense again
 * once one in {@value #SPARSENESS} of its width is set, so it costs at most {@value #SPARSENESS} times the
 * space of its non-zero entries, and never more than a dense clock. A clock that knows nothing and learns a
 * {@link #frozen} one borrows its entries until it changes: a thread that waits after taking its task from
 * its submitter holds no copy of the submitter's clock.
 *
 * <p>Mutable, and not thread-safe: one owner changes it at a time (see {@link FastTrack} for who owns
 * which clock). Reading while another thread writes gives stale or mixed entries but never fails:
 * every read takes the array once and checks its bounds, and a sparse entry found carries its own index.
 */
public final class VectorClock {

    /** A dense clock up to this width never turns sparse. */
    static final int DENSE_UP_TO = 64;
    /** A sparse clock holds fewer than one non-zero entry in this many indices of its width. */
    static final int SPARSENESS = 4;

    private static final long[] EMPTY = new long[0];
    /** Fills a sparse clock's unused slots: sorts after every epoch. */
    private static final long NO_PAIR = Long.MAX_VALUE;

    private long[] clocks; // dense: the entries by index; null while sparse
    private boolean borrowed; // clocks is a frozen clock's, to be copied before a change
    private boolean frozen; // never changed: a clock that learns it while empty may borrow its entries
    private long[] pairs; // sparse: the non-zero entries as epochs, sorted, then NO_PAIR
    private int size; // sparse: how many slots of pairs are in use

    /** A clock with every entry 0. */
    public VectorClock() {
        clocks = EMPTY;
    }

    /** A copy of {@code other}. */
    public VectorClock(VectorClock other) {
        long[] theirs = other.clocks;
        if (theirs != null) {
            borrowed = other.borrowed || other.frozen; // entries no one changes: shared
            clocks = borrowed ? theirs : Arrays.copyOf(theirs, theirs.length);
        } else {
            pairs = Arrays.copyOf(other.pairs, Math.max(other.size, 1));
            size = other.size;
            if (size == 0) {
                pairs[0] = NO_PAIR;
            }
        }
    }

    /** The clock of thread {@code thread}: 0 when it has none here. */
    public long get(int thread) {
        long[] c = clocks; // null only while sparse, or when read racily before the constructor's write is visible
        if (c != null) {
            return thread >= 0 && thread < c.length ? c[thread] : 0;
        }
        long[] p = pairs;
        if (p == null || thread < 0) {
            return 0;
        }
        int k = search(p, p.length, thread);
        return k < p.length && Epoch.thread(p[k]) == thread && p[k] != NO_PAIR ? Epoch.clock(p[k]) : 0;
    }

    /** Sets the clock of thread {@code thread} to {@code clock}. */
    public void set(int thread, long clock) {
        if (thread < 0 || thread > Epoch.MAX_THREAD_INDEX) {
            throw new IllegalArgumentException("thread index " + thread + " out of range 0.." + Epoch.MAX_THREAD_INDEX);
        }
        long[] c = clocks;
        if (c != null && thread < c.length) {
            own()[thread] = clock;
        } else if (clock != 0) {
            setOutside(thread, clock);
        } else if (c == null) {
            int k = search(pairs, size, thread);
            if (k < size && Epoch.thread(pairs[k]) == thread) {
                pairs[k] = Epoch.of(thread, 0);
            }
        }
    }

    /**
     * Advances the clock of thread {@code thread} by one, unless it is already at {@link Epoch#MAX_CLOCK},
     * where it stays.
     *
     * @return false when the clock was at its limit and did not advance
     */
    public boolean increment(int thread) {
        long[] c = clocks;
        if (c != null && thread >= 0 && thread < c.length) {
            if (c[thread] == Epoch.MAX_CLOCK) {
                return false;
            }
            own()[thread]++;
            return true;
        }
        long now = get(thread);
        if (now == Epoch.MAX_CLOCK) {
            return false;
        }
        set(thread, now + 1);
        return true;
    }

    /**
     * Makes every entry the larger of its own and {@code other}'s: {@code this := this ⊔ other}.
     *
     * @return true when an entry changed
     */
    public boolean join(VectorClock other) {
        long[] theirs = other.clocks;
        if (clocks == EMPTY && other.frozen && theirs != null) {
            clocks = theirs;
            borrowed = true;
            return other.next(0) >= 0;
        }
        if (theirs != null && clocks != null && (theirs.length <= clocks.length || theirs.length <= DENSE_UP_TO)) {
            return joinDense(theirs);
        }
        boolean changed = false;
        if (theirs != null) {
            for (int i = 0; i < theirs.length; i++) {
                changed |= theirs[i] != 0 && raise(i, theirs[i]);
            }
        } else {
            long[] p = other.pairs;
            for (int k = 0; k < other.size; k++) {
                changed |= raise(Epoch.thread(p[k]), Epoch.clock(p[k]));
            }
        }
        return changed;
    }

    private boolean joinDense(long[] entries) {
        // exactly the width of their entries: growing past it would make two clocks that join back and
        // forth double each other's width forever, and a thread that learns its starter's clock takes no
        // more room than the entries it learns
        int width = entries.length;
        while (width > clocks.length && entries[width - 1] == 0) {
            width--;
        }
        long[] mine = width > clocks.length ? grownTo(width) : own();
        boolean changed = false;
        for (int i = 0; i < width; i++) {
            if (entries[i] > mine[i]) {
                mine[i] = entries[i];
                changed = true;
            }
        }
        return changed;
    }

    /** Makes the clock of thread {@code thread} at least {@code clock}; true when it changed. */
    boolean raise(int thread, long clock) {
        if (get(thread) >= clock) {
            return false;
        }
        set(thread, clock);
        return true;
    }

    /** Makes this clock equal to {@code other}, reusing its space when it is wide enough. */
    void assign(VectorClock other) {
        long[] theirs = other.clocks;
        if (theirs != null && clocks != null && clocks.length >= theirs.length) {
            own();
            System.arraycopy(theirs, 0, clocks, 0, theirs.length);
            Arrays.fill(clocks, theirs.length, clocks.length, 0);
        } else {
            VectorClock copy = new VectorClock(other);
            clocks = copy.clocks;
            pairs = copy.pairs;
            size = copy.size;
            borrowed = false;
        }
    }

    /** A copy that no one changes, for holders that share it. */
    VectorClock frozen() {
        VectorClock copy = new VectorClock(this);
        copy.frozen = true;
        return copy;
    }

    /** Sets every entry to 0, keeping the space. */
    public void clear() {
        if (clocks != null) {
            Arrays.fill(own(), 0);
        } else {
            Arrays.fill(pairs, NO_PAIR);
            size = 0;
        }
    }

    /** True when every entry is at most {@code other}'s: {@code this ⊑ other}. */
    public boolean leq(VectorClock other) {
        long[] mine = clocks;
        if (mine != null) {
            for (int i = 0; i < mine.length; i++) {
                if (mine[i] > other.get(i)) {
                    return false;
                }
            }
            return true;
        }
        for (int k = 0; k < size; k++) {
            if (Epoch.clock(pairs[k]) > other.get(Epoch.thread(pairs[k]))) {
                return false;
            }
        }
        return true;
    }

    /** One more than the largest thread index this clock has room for (dense) or an entry for (sparse). */
    public int width() {
        long[] c = clocks;
        return c != null ? c.length : size == 0 ? 0 : Epoch.thread(pairs[size - 1]) + 1;
    }

    /**
     * The smallest thread index from {@code from} on that this clock may have a non-zero entry for, or -1:
     * {@code for (int i = c.next(0); i >= 0; i = c.next(i + 1))} visits the entries without a pass over
     * a sparse clock's width.
     */
    public int next(int from) {
        long[] c = clocks;
        if (c != null) {
            for (int i = Math.max(from, 0); i < c.length; i++) {
                if (c[i] != 0) {
                    return i;
                }
            }
            return -1;
        }
        int k = search(pairs, size, Math.max(from, 0));
        return k < size ? Epoch.thread(pairs[k]) : -1;
    }

    /** About how many bytes the entries take (read racily by the budget: an estimate). */
    long bytes() {
        long[] c = clocks;
        long[] p = pairs;
        return 16L + Long.BYTES * (c != null ? c.length : p != null ? p.length : 0);
    }

    /** The entries, e.g. {@code [3, 0, 1]}; a sparse clock's as {@code {5=3, 1000=2}}. */
    @Override
    public String toString() {
        if (clocks != null) {
            return Arrays.toString(clocks);
        }
        StringBuilder s = new StringBuilder("{");
        for (int k = 0; k < size; k++) {
            s.append(k == 0 ? "" : ", ").append(Epoch.thread(pairs[k])).append('=').append(Epoch.clock(pairs[k]));
        }
        return s.append('}').toString();
    }

    /** The first of {@code p[0..n)} whose thread index is at least {@code thread}, or {@code n}. */
    private static int search(long[] p, int n, int thread) {
        long key = (long) thread << Epoch.CLOCK_BITS;
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (p[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Sets a non-zero entry a dense clock has no room for, or any entry of a sparse one. */
    private void setOutside(int thread, long clock) {
        long[] c = clocks;
        if (c != null) {
            int width = thread + 1;
            if (width <= DENSE_UP_TO || nonZero(c) * SPARSENESS >= width) {
                grownTo((int) Math.min(Math.max(width, 2L * c.length), Epoch.MAX_THREAD_INDEX + 1L))[thread] = clock;
                return;
            }
            toSparse(c);
        }
        int k = search(pairs, size, thread);
        if (k < size && Epoch.thread(pairs[k]) == thread) {
            pairs[k] = Epoch.of(thread, clock);
            return;
        }
        long[] p = size == pairs.length ? Arrays.copyOf(pairs, 2 * size) : pairs;
        if (p != pairs) {
            Arrays.fill(p, size, p.length, NO_PAIR);
        }
        System.arraycopy(p, k, p, k + 1, size - k);
        p[k] = Epoch.of(thread, clock);
        size++;
        pairs = p;
        if (size * SPARSENESS >= width()) {
            toDense();
        }
    }

    /** The dense entries, made this clock's own first if they were borrowed. */
    private long[] own() {
        if (borrowed) {
            clocks = clocks.clone();
            borrowed = false;
        }
        return clocks;
    }

    /** The dense entries, copied into an array of {@code width}, this clock's own. */
    private long[] grownTo(int width) {
        clocks = Arrays.copyOf(clocks, width);
        borrowed = false;
        return clocks;
    }

    private static int nonZero(long[] c) {
        int n = 0;
        for (long entry : c) {
            if (entry != 0) {
                n++;
            }
        }
        return n;
    }

    private void toSparse(long[] dense) {
        long[] p = new long[Math.max(2, 2 * nonZero(dense))];
        Arrays.fill(p, NO_PAIR);
        int n = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                p[n++] = Epoch.of(i, dense[i]);
            }
        }
        size = n;
        pairs = p;
        clocks = null;
        borrowed = false;
    }

    private void toDense() {
        long[] dense = new long[width()];
        for (int k = 0; k < size; k++) {
            dense[Epoch.thread(pairs[k])] = Epoch.clock(pairs[k]);
        }
        clocks = dense;
        pairs = null;
        size = 0;
    }
}
