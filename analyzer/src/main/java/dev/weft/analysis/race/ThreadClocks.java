package dev.weft.analysis.race;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Makes the {@link ThreadClock} of each thread and gives it a thread index, reusing the index of a thread
 * that ended when that is exact. Thread-safe: the slow operations (numbering, sweeping) take this
 * object's monitor, once per thread.
 *
 * <p><b>When an index is reused.</b> A thread gets its index when it first exports an epoch (its first
 * checked access, release or start of another thread), not when it is made: by then it has learned from
 * the sync objects it acquired. It may take the index {@code i} of a thread {@code O} that ended when it
 * knows {@code O}'s last access ({@code C_t[i] ≥} the clock of that access): everything {@code O} accessed
 * then happens before everything it does. Its clock then continues above {@code O}'s last one, so an
 * entry {@code V[i]} still means "knows {@code i}'s accesses up to {@code V[i]}", now of {@code O} then the
 * new occupant, one history ordered by happens-before: no race is lost and none is made up. What knowing
 * such an entry no longer says is that one knows the whole clock {@code O} had at that epoch (the new
 * occupant knew {@code O}'s accesses, not all {@code O} had learned): {@link #current} tells a
 * {@link SyncClock} when an epoch may still be read that way. Typical reuse: a pool or per-task thread
 * whose last access was under a lock the next one takes; a thread joined before the next is started.
 * Unordered threads never share an index.
 *
 * <p><b>Memory budget.</b> A thread's clock costs up to 8 bytes for each index up to the largest it knows
 * ({@link VectorClock}). Before handing out a new index this checks what the clocks of the threads alive
 * with an index take (and the copies they share with sync objects), and the last clocks of ended threads that
 * something still holds (a future, a lock or a map key they released into), against the budget; past it, it
 * tells its {@code overBudget} action once (the caller stops race detection) and goes on. Those last clocks
 * are what grows with the square of the task count in a fan-in of tasks that do not know each other when they
 * start (each gets its own index) but then each learns all the earlier ones through one shared object.
 */
public final class ThreadClocks {

    /** Sweeps for ended threads once this many indices were handed out since the last sweep. */
    private static final int SWEEP_AFTER = 64;

    private final long budget;
    private final IntConsumer overBudget;
    private ThreadClock[] occupants = new ThreadClock[16]; // by index: the thread that has it, or null once it ended
    private long[] lastAccess = new long[16]; // by index, once its occupant ended: the clock of its last access
    private volatile long[] bases = new long[16]; // by index: the first clock of its current occupant
    private long[] ends = new long[16]; // by index, once its occupant ended: its last clock
    private final List<Occupancy> history = new ArrayList<>(); // who had which index from which clock on
    private final List<EndClock> endClocks = new ArrayList<>(); // ended threads' clocks, until collected
    private int next; // indices handed out so far
    private int alive; // indices whose occupant was not seen ended
    private int endClocksKept; // endClocks' size when last rid of the collected ones
    private int sweptAt;
    private int growths; // clocks that doubled in width since the budget was last checked for growth
    private int measuredAt;
    private boolean overBudgetTold;

    /** Clocks without a memory budget (offline analysis, tests). */
    public ThreadClocks() {
        this(Long.MAX_VALUE, alive -> { });
    }

    /**
     * Clocks whose threads' clocks may take about {@code budget} bytes; past it {@code overBudget} is told
     * once, with the count of threads alive with an index.
     */
    public ThreadClocks(long budget, IntConsumer overBudget) {
        this.budget = budget;
        this.overBudget = overBudget;
    }

    /**
     * The clock of a new thread that never ends for reuse, numbered at once with a fresh index (0, 1, 2, …
     * in the order of the calls).
     *
     * <p><b>Important</b>: there are at most {@link Epoch#MAX_THREAD_INDEX} + 1 indices in use at once. Past
     * them this throws; the caller must then leave that thread out of race detection.
     *
     * @param owner what the thread stands for, as {@link #owner} returns it
     * @throws IllegalStateException when every index is in use
     */
    public ThreadClock newThread(Object owner) {
        ThreadClock t = new ThreadClock(this, () -> false, owner);
        t.number();
        return t;
    }

    /** {@link #newThread(Object)} with no owner. */
    public ThreadClock newThread() {
        return newThread(null);
    }

    /**
     * The clock of a new thread, numbered when it first exports an epoch, perhaps with the index of a thread
     * that ended ({@code ended} says when this one has; it is asked under this object's monitor).
     *
     * @param owner what the thread stands for, as {@link #owner} returns it
     */
    public ThreadClock newThread(BooleanSupplier ended, Object owner) {
        return new ThreadClock(this, ended, owner);
    }

    /**
     * What the thread that had index {@code index} at clock {@code clock} stands for, as given when it
     * was made (a thread's name, an id); {@code null} when unknown.
     */
    public synchronized Object owner(int index, long clock) {
        for (int k = history.size() - 1; k >= 0; k--) {
            Occupancy o = history.get(k);
            if (o.index() == index && o.base() <= clock) {
                return o.owner();
            }
        }
        return null;
    }

    /**
     * True when epoch {@code clock@index} is of the index's current occupant, or the occupant after it has
     * not been seen by whoever reads this (see the class comment): so knowing it means knowing that
     * occupant's whole clock at that epoch.
     */
    boolean current(long epoch) {
        long[] b = bases;
        int index = Epoch.thread(epoch);
        return index >= b.length || Epoch.clock(epoch) >= b[index];
    }

    /** How many indices were handed out (the width a clock that knows every thread has). */
    public synchronized int indices() {
        return next;
    }

    /** Gives {@code t} an index: one an ended thread left that {@code t} may take, or a new one. */
    synchronized void number(ThreadClock t) {
        if (t.index() >= 0) {
            return;
        }
        int index = reusable(t);
        long base = 1;
        if (index >= 0) {
            base = occupantsEnd(index) + 1;
        } else {
            index = fresh();
        }
        occupants[index] = t;
        alive++;
        long[] b = bases;
        b[index] = base;
        bases = b; // publishes the element's write with the array
        remember(index, base, t.owner());
        t.numbered(index, base);
    }

    /** The index of an ended thread whose last access {@code t} knows, or -1. */
    private int reusable(ThreadClock t) {
        VectorClock known = t.clock();
        for (int i = known.next(0); i >= 0 && i < next; i = known.next(i + 1)) {
            ThreadClock o = occupants[i];
            if (o != null && o.ended()) {
                retire(i);
            }
            if (occupants[i] == null && lastAccess[i] <= known.get(i) && occupantsEnd(i) < Epoch.MAX_CLOCK - 1) {
                return i;
            }
        }
        return -1;
    }

    /** The last clock of the ended occupant of {@code index}. */
    private long occupantsEnd(int index) {
        return ends[index];
    }

    /** Notes that the occupant of {@code index} ended: its index may be taken by a thread that knows its last access. */
    private void retire(int index) {
        ThreadClock o = occupants[index];
        lastAccess[index] = o.lastAccess();
        ends[index] = o.clock().get(index);
        if (endClocks.size() >= 2 * endClocksKept + SWEEP_AFTER) { // amortized: the list stays within twice those held
            endClocks.removeIf(EndClock::collected);
            endClocksKept = endClocks.size();
        }
        endClocks.add(new EndClock(o));
        occupants[index] = null;
        alive--;
    }

    /**
     * A thread's clock doubled in width: checks the budget again once the clocks grew as much as an eighth
     * more indices would, since a fan-in's clocks grow after every index was handed out.
     */
    synchronized void grew() {
        if (++growths >= SWEEP_AFTER + next / 8) {
            growths = 0;
            measuredAt = 0;
            checkBudget();
        }
    }

    private int fresh() {
        if (next > Epoch.MAX_THREAD_INDEX) {
            throw new IllegalStateException("more than " + (Epoch.MAX_THREAD_INDEX + 1L)
                    + " threads alive at once: no thread index left for race detection");
        }
        if (next - sweptAt >= SWEEP_AFTER) {
            sweep();
        }
        int index = next++;
        if (index == occupants.length) {
            int grown = 2 * index;
            occupants = Arrays.copyOf(occupants, grown);
            lastAccess = Arrays.copyOf(lastAccess, grown);
            ends = Arrays.copyOf(ends, grown);
            bases = Arrays.copyOf(bases, grown);
        }
        checkBudget();
        return index;
    }

    /** Retires every occupant that ended. */
    private void sweep() {
        for (int i = 0; i < next; i++) {
            ThreadClock o = occupants[i];
            if (o != null && o.ended()) {
                retire(i);
            }
        }
        sweptAt = next;
    }

    /**
     * Past the bound of {@code (alive + ended clocks held) × indices × 8} bytes, sums what the clocks of the
     * threads alive and the ended threads' last clocks not yet collected take (a pass over them, made again
     * only once an eighth more indices were handed out).
     */
    private void checkBudget() {
        if (overBudgetTold || (long) (alive + endClocks.size() + 1) * next * Long.BYTES <= budget
                || next < measuredAt + measuredAt / 8) {
            return;
        }
        sweep();
        measuredAt = next;
        long bytes = 0;
        for (int i = 0; i < next; i++) {
            ThreadClock o = occupants[i];
            bytes += o == null ? 0 : o.bytes();
        }
        endClocks.removeIf(EndClock::collected);
        endClocksKept = endClocks.size();
        for (EndClock end : endClocks) {
            bytes += end.bytes();
        }
        if (bytes > budget) {
            overBudgetTold = true;
            overBudget.accept(alive + 1);
        }
    }

    private void remember(int index, long base, Object owner) {
        if (owner != null) {
            history.add(new Occupancy(index, base, owner));
        }
    }

    /**
     * An ended thread's clock, while something holds it (its {@code Thread}, kept by a future, holds it all), and
     * its last entries, which the sync objects it released into last share, while they are held.
     */
    private static final class EndClock extends WeakReference<ThreadClock> {
        private final WeakReference<VectorClock> last;

        EndClock(ThreadClock ended) {
            super(ended);
            VectorClock entries = ended.entriesIfAtHand();
            last = entries == null ? null : new WeakReference<>(entries);
        }

        boolean collected() {
            return refersTo(null) && (last == null || last.refersTo(null));
        }

        long bytes() {
            ThreadClock t = get();
            VectorClock entries = last == null ? null : last.get();
            return t != null ? t.bytes() : entries != null ? entries.bytes() : 0;
        }
    }

    /** Thread {@code owner} had index {@code index} from clock {@code base} on. */
    private record Occupancy(int index, long base, Object owner) { }
}
