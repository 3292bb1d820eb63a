package dev.weft.analysis.race;

/**
 * An epoch {@code c@t}: clock {@code c} of the thread with index {@code t}, packed in one {@code long}
 * so that FastTrack can record and compare the last access to a variable without allocating.
 *
 * <p>Bit layout: bit 63 is always 0 (so every epoch is non-negative and {@link #SHARED} can never be
 * mistaken for one), bits 62–40 hold the thread index ({@value #THREAD_BITS} bits, indices
 * 0–{@value #MAX_THREAD_INDEX}), bits 39–0 the clock ({@value #CLOCK_BITS} bits, clocks 0–{@value #MAX_CLOCK}).
 * A thread's clock starts at 1, so the epoch {@link #NONE} ({@code 0@0}) means "no access yet", and
 * every thread's clock is at least as large, so it is ordered before every access.
 *
 * <p><b>At the limits</b>: thread indices are handed out by {@link ThreadClocks}, which refuses more than
 * {@value #MAX_THREAD_INDEX} + 1 threads. A clock advances once per release (lock release, volatile write,
 * start, hand-off); at {@value #MAX_CLOCK} it stops ({@link VectorClock#increment} saturates). A stopped
 * clock never makes an access look unordered that is ordered, so weft then may miss races of that thread,
 * but never reports a false one. {@link ThreadClock#clockExhausted()} tells when it happened.
 */
public final class Epoch {

    /** How many bits hold the clock. */
    public static final int CLOCK_BITS = 40;

    /** How many bits hold the thread index. */
    public static final int THREAD_BITS = 23;

    /** The largest clock an epoch can hold: 2^40 - 1. */
    public static final long MAX_CLOCK = (1L << CLOCK_BITS) - 1;

    /** The largest thread index an epoch can hold: 2^23 - 1. */
    public static final int MAX_THREAD_INDEX = (1 << THREAD_BITS) - 1;

    /** The epoch {@code 0@0}: no access yet, ordered before everything. */
    public static final long NONE = 0L;

    /** Not an epoch: marks a variable's last read as read-shared (its reads are then a vector clock). */
    public static final long SHARED = -1L;

    private Epoch() { }

    /**
     * The epoch {@code clock@thread}.
     *
     * @throws IllegalArgumentException when either is out of range
     */
    public static long of(int thread, long clock) {
        if (thread < 0 || thread > MAX_THREAD_INDEX) {
            throw new IllegalArgumentException("thread index " + thread + " out of range 0.." + MAX_THREAD_INDEX);
        }
        if (clock < 0 || clock > MAX_CLOCK) {
            throw new IllegalArgumentException("clock " + clock + " out of range 0.." + MAX_CLOCK);
        }
        return ((long) thread << CLOCK_BITS) | clock;
    }

    /** The thread index of {@code epoch}: always in 0..{@value #MAX_THREAD_INDEX}, even for a torn value. */
    public static int thread(long epoch) {
        return (int) ((epoch >>> CLOCK_BITS) & MAX_THREAD_INDEX);
    }

    /** The clock of {@code epoch}. */
    public static long clock(long epoch) {
        return epoch & MAX_CLOCK;
    }

    /** True when {@code epoch} happened before (or is covered by) {@code clock}: {@code c@t ⪯ V} iff {@code c ≤ V[t]}. */
    public static boolean leq(long epoch, VectorClock clock) {
        return clock(epoch) <= clock.get(thread(epoch));
    }

    /** {@code clock@thread}, as papers write it, or {@code shared}. */
    public static String toString(long epoch) {
        return epoch == SHARED ? "shared" : clock(epoch) + "@" + thread(epoch);
    }
}
