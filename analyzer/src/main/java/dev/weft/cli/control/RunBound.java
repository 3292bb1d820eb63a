package dev.weft.cli.control;

import java.time.Duration;

/**
 * How long the watchdog lets one run go before it takes the run for one that makes no progress: {@code running} of
 * the time the run could run (wall time less the time its threads waited for a CPU, see {@link RunClock}), and at
 * most {@code wall} of wall time in all.
 *
 * @param running the bound on the time the run could run
 * @param wall    the bound on its wall time
 */
public record RunBound(Duration running, Duration wall) {

    /**
     * How many times {@code running} a run starved of CPU may take in wall time, so that a stuck run on a machine
     * that stays loaded is still ended.
     */
    public static final int MAX_STRETCH = 10;

    /** A bound of {@code running} of the time a run could run, and {@value #MAX_STRETCH} times that of wall time. */
    public static RunBound of(Duration running) {
        return new RunBound(running, running.multipliedBy(MAX_STRETCH));
    }

    /** This bound with its wall time cut to {@code left} (what is left of a search's time), when that is shorter. */
    public RunBound within(Duration left) {
        return left.compareTo(wall) < 0 ? new RunBound(running.compareTo(left) < 0 ? running : left, left) : this;
    }

    /** True when this bound's wall time was cut shorter than {@link #of} gives for its running time. */
    public boolean cutShort() {
        return wall.compareTo(running.multipliedBy(MAX_STRETCH)) < 0;
    }
}
