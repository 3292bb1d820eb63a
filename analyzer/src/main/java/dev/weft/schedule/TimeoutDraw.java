package dev.weft.schedule;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@link Choice#TIMEOUT} choices of the random strategies: a blocked timed wait times out before what it
 * waits for comes with probability 1/{@value #ONE_IN}, at most once a run. One early timeout reaches a bug
 * that lives on a timeout path; more would turn the program's ordinary paths into timeout paths, so that
 * its ordinary bugs need more schedules. The draws come from a random sequence of their own, so that a run
 * whose timeouts all wait on makes the other choices its seed made before timeouts were choices.
 */
final class TimeoutDraw {

    /**
     * The odds of an early timeout, one in this many, until one has fired: 2 since 2026-11-27 (4 before, when a
     * tryLock that gives up on a slow holder took 20 schedules and more; docs/scheduling.md, "Virtual time").
     */
    static final int ONE_IN = 2;

    private final SplittableRandom random;
    private boolean fired;

    /** Draws fixed by {@code seed}. */
    TimeoutDraw(long seed) {
        this.random = new SplittableRandom(seed ^ 0x7431_6D65_6F75_7473L);
    }

    /** Picks {@link Machine#NO_TIMEOUT} or the waiting thread, of a {@link Choice#TIMEOUT}'s options. */
    int pick(List<Integer> options) {
        if (fired || random.nextInt(ONE_IN) != 0) {
            return Machine.NO_TIMEOUT;
        }
        fired = true;
        return options.get(1);
    }
}
