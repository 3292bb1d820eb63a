package dev.weft.analysis.race;

import java.util.function.BooleanSupplier;

/**
 * One thread's happens-before state: its index, its vector clock {@code C_t}, and its current epoch
 * {@code E_t = C_t[t]@t}, cached so the access fast path reads one field; and, made on demand, a copy of
 * {@code C_t} that no one changes ({@link #entries}), kept until the thread learns something new, so
 * that the synchronization objects this thread releases into can share it instead of copying the clock.
 *
 * <p>Owned by its thread: only that thread changes it, except that {@link FastTrack#fork} writes the
 * child's before the child runs, and {@link FastTrack#join} reads the joined thread's after it ended
 * (both ordered by {@code Thread.start}/{@code join} themselves). Made by {@link ThreadClocks}.
 *
 * <p>A thread gets its index from {@link ThreadClocks} when it first exports an epoch ({@link #number}):
 * until then {@link #index} is -1 and {@link #epoch} is {@link #UNNUMBERED}, which equals no recorded
 * epoch, so every access takes FastTrack's slow path, which numbers the thread first.
 */
public final class ThreadClock {

    /** The epoch of a thread that has no index yet: never equal to a recorded epoch, nor to {@link Epoch#SHARED}. */
    static final long UNNUMBERED = -2L;

    private final ThreadClocks pool;
    private final BooleanSupplier ended;
    private final Object owner;
    private int index = -1;
    private final VectorClock clock = new VectorClock();
    private long epoch = UNNUMBERED;
    private long lastAccess; // the clock of this thread's last checked access, 0 before the first
    private boolean clockExhausted;
    private VectorClock entries; // C_t as it was when made, but for the thread's own entry; null when out of date
    private int widthTold; // the clock's width when the pool was last told it grew

    /** A thread having seen no other thread, numbered by {@code pool}; {@code ended} tells when it has ended. */
    ThreadClock(ThreadClocks pool, BooleanSupplier ended, Object owner) {
        this.pool = pool;
        this.ended = ended;
        this.owner = owner;
    }

    /** This thread's index, as in its epochs; -1 until it has one. */
    public int index() {
        return index;
    }

    /** Gives this thread an index if it has none yet ({@link ThreadClocks#number}); returns its epoch. */
    long number() {
        if (index < 0) {
            pool.number(this);
        }
        return epoch;
    }

    /** Takes index {@code index} from clock {@code base} on (under the pool's monitor). */
    void numbered(int newIndex, long base) {
        clock.raise(newIndex, base);
        entries = null;
        epoch = Epoch.of(newIndex, base);
        index = newIndex;
    }

    /** Notes a checked access in the current epoch (FastTrack's slow paths). */
    void accessed(long epochOfAccess) {
        lastAccess = Epoch.clock(epochOfAccess);
    }

    /** The clock of this thread's last checked access, 0 before the first. */
    long lastAccess() {
        return lastAccess;
    }

    /** True once this thread has ended. */
    boolean ended() {
        return ended.getAsBoolean();
    }

    /** What this thread stands for, as given to {@link ThreadClocks}. */
    Object owner() {
        return owner;
    }

    /** About how many bytes this thread's clock and its shared copy take (read racily: an estimate). */
    long bytes() {
        VectorClock e = entries;
        return clock.bytes() + (e == null ? 0 : e.bytes());
    }

    /** The pool that numbered this thread. */
    ThreadClocks pool() {
        return pool;
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
     * The entries of {@code C_t}, in a clock never changed after this call, except that its own entry
     * may be older than the current epoch's (which its holder keeps beside it). The same array until
     * this thread learns something new.
     */
    VectorClock entries() {
        VectorClock e = entries;
        return e != null ? e : (entries = clock.frozen());
    }

    /** {@link #entries()} if it is at hand, or {@code null} when it would have to be made. */
    VectorClock entriesIfAtHand() {
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
            grew();
        }
    }

    /** {@code C_t := C_t ⊔ (entries ⊔ exactly)}, a clock kept as {@link #entries()} and an epoch. */
    void learn(VectorClock others, long exactly) {
        boolean joined = clock.join(others);
        if (clock.raise(Epoch.thread(exactly), Epoch.clock(exactly)) || joined) {
            entries = null;
            grew();
        }
    }

    /** Tells the pool when the clock doubled in width since it was last told (its memory budget). */
    private void grew() {
        int width = clock.width();
        if (width >= 2 * widthTold + VectorClock.DENSE_UP_TO) {
            widthTold = width;
            pool.grew();
        }
    }

    @Override
    public String toString() {
        return "thread " + index + " at " + Epoch.toString(epoch) + " " + clock;
    }
}
