package dev.weft.analysis.race;

/**
 * One thread's happens-before state: its index, its vector clock {@code C_t}, and its current epoch
 * {@code E_t = C_t[t]@t}, cached so the access fast path reads one field; and, made on demand, a copy of
 * {@code C_t} that no one changes ({@link #entries}), kept until the thread learns something new, so
 * that the synchronization objects this thread releases into can share it instead of copying the clock.
 *
 * <p>Owned by its thread: only that thread changes it, except that {@link FastTrack#fork} writes the
 * child's before the child runs, and {@link FastTrack#join} reads the joined thread's after it ended
 * (both ordered by {@code Thread.start}/{@code join} themselves). Made by {@link ThreadClocks}.
 */
public final class ThreadClock {

    private final int index;
    private final VectorClock clock = new VectorClock();
    private long epoch;
    private boolean clockExhausted;
    private long[] entries; // C_t as it was when made, but for the thread's own entry; null when out of date

    /** A thread with index {@code index}, at clock 1, having seen no other thread. */
    ThreadClock(int index) {
        this.index = index;
        clock.set(index, 1);
        epoch = Epoch.of(index, 1);
    }

    /** This thread's index, as in its epochs. */
    public int index() {
        return index;
    }

    /** The current epoch {@code E_t}. */
    public long epoch() {
        return epoch;
    }

    /** The vector clock {@code C_t}; only the owner may change it. */
    VectorClock clock() {
        return clock;
    }

    /** A copy of {@code C_t}, which later changes to this thread's clock leave as it is. */
    public VectorClock snapshot() {
        return new VectorClock(clock);
    }

    /** True once this thread's clock reached {@link Epoch#MAX_CLOCK} and stopped advancing. */
    public boolean clockExhausted() {
        return clockExhausted;
    }

    /**
     * The entries of {@code C_t}, in an array never changed after this call, except that its own entry
     * may be older than the current epoch's (which its holder keeps beside it). The same array until
     * this thread learns something new.
     */
    long[] entries() {
        long[] e = entries;
        return e != null ? e : (entries = clock.entries());
    }

    /** {@link #entries()} if it is at hand, or {@code null} when it would have to be made. */
    long[] entriesIfAtHand() {
        return entries;
    }

    /** Starts a new epoch of this thread (after it released something). */
    void tick() {
        if (clock.increment(index)) {
            epoch++;
        } else {
            clockExhausted = true;
        }
    }

    /** {@code C_t := C_t ⊔ other}: this thread now knows everything {@code other} knew. */
    void learn(VectorClock other) {
        if (clock.join(other)) {
            entries = null;
        }
    }

    /** {@code C_t := C_t ⊔ (entries ⊔ exactly)}, a clock kept as {@link #entries()} and an epoch. */
    void learn(long[] others, long exactly) {
        boolean joined = clock.join(others);
        if (clock.raise(Epoch.thread(exactly), Epoch.clock(exactly)) || joined) {
            entries = null;
        }
    }

    @Override
    public String toString() {
        return "thread " + index + " at " + Epoch.toString(epoch) + " " + clock;
    }
}
