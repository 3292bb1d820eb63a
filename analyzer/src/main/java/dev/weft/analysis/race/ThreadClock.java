package dev.weft.analysis.race;

/**
 * One thread's happens-before state: its index, its vector clock {@code C_t}, and its current epoch
 * {@code E_t = C_t[t]@t}, cached so the access fast path reads one field.
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
        clock.join(other);
    }

    @Override
    public String toString() {
        return "thread " + index + " at " + Epoch.toString(epoch) + " " + clock;
    }
}
