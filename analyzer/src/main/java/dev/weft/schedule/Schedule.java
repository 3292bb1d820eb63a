package dev.weft.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A controlled run's schedule, as saved to replay it: the model's parameters and every choice that had
 * more than one option, in order, each with a check of what the options were about to do.
 *
 * @param format   always {@value #FORMAT}
 * @param version  the file format's version ({@value #VERSION}; {@value #FIRST_VERSION}, before a blocked timed
 *                 wait was a {@link Choice#TIMEOUT}, still replays)
 * @param cpus     as in {@link Parameters}
 * @param policy   as in {@link Parameters}, by label
 * @param quantum  as in {@link Parameters}
 * @param strategy as in {@link Parameters}
 * @param seed     as in {@link Parameters}
 * @param depth    as in {@link Parameters}
 * @param steps    how many steps the run took
 * @param replayable false when something outside the model (a thread off its CPU too long, a thread from
 *                 outside) decided part of the interleaving
 * @param choices  the chosen thread of each choice (thread indexes in creation order)
 * @param checks   for each choice, a hash of its kind, its options and the sites they were at
 * @param holds    in a steered run ({@code confirm=}), when each thread was held back or let go, in order;
 *                 empty, and absent from the file, otherwise
 * @param threadSites how many distinct sites each thread ran (by thread index), which {@code weft explore} passes to
 *                 the {@code surw} strategy of later runs as their learnt lengths; not used by a replay; empty, and
 *                 absent from the file, in files written before it was recorded
 */
@JsonPropertyOrder({"format", "version", "cpus", "policy", "quantum", "strategy", "seed", "depth", "steps",
        "replayable", "choices", "checks", "holds", "threadSites"})
public record Schedule(String format, int version, int cpus, String policy, int quantum, String strategy, long seed,
                       int depth, long steps, boolean replayable, List<Integer> choices, List<Integer> checks,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Hold> holds,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> threadSites) {

    /** The value of {@link #format()}. */
    public static final String FORMAT = "weft-schedule";
    /**
     * The version this code writes: 2 added the {@link Choice#TIMEOUT} choices, 3 made a lock request's chosen timeout
     * hold when the lock comes free before the request's thread is chosen, 4 that of a blocking call whose timed-out
     * result needs no call ({@code poll}, {@code offer}, {@code tryAcquire}, a latch's {@code await}...) when what it
     * waited for comes meanwhile, 5 made an untimed {@code tryLock()} a scheduling point, 6 made a {@code StampedLock}'s
     * stamp request a lock request ({@code lock}, {@code read-lock}) instead of a blocking call ({@code block}), 7 made a
     * {@code StampedLock}'s untimed tries and conversions and a {@code Semaphore}'s untimed {@code tryAcquire} points.
     */
    public static final int VERSION = 7;
    /** The oldest version this code reads. */
    public static final int FIRST_VERSION = 1;

    public Schedule {
        choices = choices == null ? List.of() : List.copyOf(choices);
        checks = checks == null ? List.of() : List.copyOf(checks);
        holds = holds == null ? List.of() : List.copyOf(holds);
        threadSites = threadSites == null ? List.of() : List.copyOf(threadSites);
    }

    /** A schedule of an unsteered run: no thread was held back. */
    public Schedule(String format, int version, int cpus, String policy, int quantum, String strategy, long seed,
                    int depth, long steps, boolean replayable, List<Integer> choices, List<Integer> checks) {
        this(format, version, cpus, policy, quantum, strategy, seed, depth, steps, replayable, choices, checks, List.of(),
                List.of());
    }

    /** The schedule of a run with {@code parameters}. */
    public static Schedule of(Parameters parameters, long steps, boolean replayable, List<Integer> choices,
                              List<Integer> checks, List<Hold> holds, List<Integer> threadSites) {
        return new Schedule(FORMAT, VERSION, parameters.cpus(), parameters.policy().label(), parameters.quantum(),
                parameters.strategy(), parameters.seed(), parameters.depth(), steps, replayable, choices, checks, holds,
                threadSites);
    }

    /** True when the run made a {@link Choice#TIMEOUT} of each timed wait that blocked (version 2 on). */
    public boolean timeoutChoices() {
        return version >= 2;
    }

    /** True when a lock request chosen to time out early gives up even if the lock came free meanwhile (version 3 on). */
    public boolean timeoutsHold() {
        return version >= 3;
    }

    /** True when a blocking call chosen to time out early gives up even if it could proceed meanwhile (version 4 on). */
    public boolean callTimeoutsHold() {
        return version >= 4;
    }

    /** True when an untimed {@code tryLock()} was a scheduling point of the run (version 5 on). */
    public boolean tryLockPoints() {
        return version >= 5;
    }

    /** True when a {@code StampedLock}'s stamp requests were lock requests of the run, not blocking calls (version 6 on). */
    public boolean stampLocks() {
        return version >= 6;
    }

    /**
     * True when a {@code StampedLock}'s untimed tries and conversions and a {@code Semaphore}'s untimed {@code tryAcquire}
     * were scheduling points of the run (version 7 on).
     */
    public boolean tryCallPoints() {
        return version >= 7;
    }

    /** The model's parameters of this schedule (a replay follows its choices, so PCT's estimate does not matter). */
    public Parameters parameters() {
        return new Parameters(cpus, Policy.of(policy), quantum, strategy, seed, depth, PctStrategy.STEP_ESTIMATE);
    }
}
