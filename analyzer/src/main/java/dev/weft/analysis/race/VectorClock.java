package dev.weft.analysis.race;

import java.util.Arrays;

/**
 * A vector clock: one clock per thread index, growing as larger indices show up; a missing entry is 0.
 *
 * <p>Mutable, and not thread-safe: one owner changes it at a time (see {@link FastTrack} for who owns
 * which clock). Reading while another thread writes gives stale or mixed entries but never fails:
 * every read takes the array once and checks its bounds.
 */
public final class VectorClock {

    private static final long[] EMPTY = new long[0];

    private long[] clocks;

    /** A clock with every entry 0. */
    public VectorClock() {
        clocks = EMPTY;
    }

    /** A copy of {@code other}. */
    public VectorClock(VectorClock other) {
        long[] theirs = other.clocks;
        clocks = Arrays.copyOf(theirs, theirs.length);
    }

    /** The clock of thread {@code thread}: 0 when it has none here. */
    public long get(int thread) {
        long[] c = clocks; // null only when read racily before the constructor's write is visible
        return c != null && thread >= 0 && thread < c.length ? c[thread] : 0;
    }

    /** Sets the clock of thread {@code thread} to {@code clock}. */
    public void set(int thread, long clock) {
        ensure(thread)[thread] = clock;
    }

    /**
     * Advances the clock of thread {@code thread} by one, unless it is already at {@link Epoch#MAX_CLOCK},
     * where it stays.
     *
     * @return false when the clock was at its limit and did not advance
     */
    public boolean increment(int thread) {
        long[] c = ensure(thread);
        if (c[thread] == Epoch.MAX_CLOCK) {
            return false;
        }
        c[thread]++;
        return true;
    }

    /**
     * Makes every entry the larger of its own and {@code other}'s: {@code this := this ⊔ other}.
     *
     * @return true when an entry changed
     */
    public boolean join(VectorClock other) {
        return join(other.clocks);
    }

    /** {@code this := this ⊔ entries}, for entries kept as an array (see {@link #entries}); true when an entry changed. */
    boolean join(long[] entries) {
        // exactly their width: growing past it would make two clocks that join back and forth double
        // each other's width forever
        long[] mine = entries.length > clocks.length ? (clocks = Arrays.copyOf(clocks, entries.length)) : clocks;
        boolean changed = false;
        for (int i = 0; i < entries.length; i++) {
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
        if (clocks.length < theirs.length) {
            clocks = theirs.clone();
        } else {
            System.arraycopy(theirs, 0, clocks, 0, theirs.length);
            Arrays.fill(clocks, theirs.length, clocks.length, 0);
        }
    }

    /** A copy of the entries, for a holder that never changes it. */
    long[] entries() {
        return clocks.clone();
    }

    /** Sets every entry to 0, keeping the space. */
    public void clear() {
        Arrays.fill(clocks, 0);
    }

    /** True when every entry is at most {@code other}'s: {@code this ⊑ other}. */
    public boolean leq(VectorClock other) {
        long[] mine = clocks;
        for (int i = 0; i < mine.length; i++) {
            if (mine[i] > other.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** One more than the largest thread index this clock has room for. */
    public int width() {
        return clocks.length;
    }

    /** The entries, e.g. {@code [3, 0, 1]}. */
    @Override
    public String toString() {
        return Arrays.toString(clocks);
    }

    private long[] ensure(int thread) {
        if (thread < 0 || thread > Epoch.MAX_THREAD_INDEX) {
            throw new IllegalArgumentException("thread index " + thread + " out of range 0.." + Epoch.MAX_THREAD_INDEX);
        }
        return thread < clocks.length ? clocks : grow(thread + 1);
    }

    /** Makes room for at least {@code width} entries, doubling to keep growth rare. */
    private long[] grow(int width) {
        int grown = (int) Math.min(Math.max(width, 2L * clocks.length), Epoch.MAX_THREAD_INDEX + 1L);
        clocks = Arrays.copyOf(clocks, grown);
        return clocks;
    }
}
