package dev.weft.analysis.waitfor;

import dev.weft.analysis.cycle.CycleSearch;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.DetectedBy;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the real deadlocks of one moment: every cycle of its {@link WaitForGraph}, each reported once
 * (whichever thread it starts from), in a deterministic order (by the thread ids of the cycle, each cycle
 * starting at its smallest id).
 *
 * <p>Cycles come from {@link CycleSearch} (a cheap check first, then simple cycles inside strongly
 * connected components), up to a limit ({@link #DEFAULT_MAX_CYCLES} unless changed with
 * {@link #withMaxCycles}). The detector is immutable and pure: no I/O, no clock.
 */
public final class DeadlockDetector {

    /** How many cycles a search lists at most, unless changed. */
    public static final int DEFAULT_MAX_CYCLES = 100;

    /**
     * What a search found.
     *
     * @param findings the deadlocks, in order
     * @param notes    what a reader should know about the search itself: that it hit its limit
     */
    public record Result(List<DeadlockFinding> findings, List<String> notes) {
        public Result {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }
    }

    private static final Comparator<List<Long>> CYCLE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final int maxCycles;
    private final DetectedBy detectedBy;

    /** A detector of deadlocks in weft's own wait-for graph, listing at most {@link #DEFAULT_MAX_CYCLES}. */
    public DeadlockDetector() {
        this(DEFAULT_MAX_CYCLES, DetectedBy.WAIT_FOR_GRAPH);
    }

    private DeadlockDetector(int maxCycles, DetectedBy detectedBy) {
        if (maxCycles < 1) {
            throw new IllegalArgumentException("maxCycles must be at least 1, not " + maxCycles);
        }
        this.maxCycles = maxCycles;
        this.detectedBy = detectedBy;
    }

    /** A copy of this detector that lists at most {@code maxCycles} cycles per search. */
    public DeadlockDetector withMaxCycles(int maxCycles) {
        return new DeadlockDetector(maxCycles, detectedBy);
    }

    /** A copy of this detector whose findings say they were found by {@code source} (e.g. the JVM's snapshots). */
    public DeadlockDetector withDetectedBy(DetectedBy source) {
        return new DeadlockDetector(maxCycles, source);
    }

    /** The deadlocks among {@code snapshots}; see {@link #search} for whether the limit was hit. */
    public List<DeadlockFinding> find(Collection<ThreadSnapshot> snapshots) {
        return search(snapshots).findings();
    }

    /**
     * The deadlocks among {@code snapshots}, and a note when there were more cycles than the limit.
     *
     * @throws IllegalArgumentException when two snapshots have the same thread id
     */
    public Result search(Collection<ThreadSnapshot> snapshots) {
        WaitForGraph waitFor = WaitForGraph.of(snapshots);
        Set<List<Long>> cycles = new TreeSet<>(CYCLE_ORDER);
        boolean limitHit = CycleSearch.forEachCycle(waitFor.graph(), maxCycles, Integer.MAX_VALUE, cycles::add).cycleLimitHit();
        DeadlockDescription description = new DeadlockDescription(waitFor);
        List<DeadlockFinding> findings = cycles.stream().map(c -> description.of(c, detectedBy)).toList();
        List<String> notes = limitHit
                ? List.of("deadlock search stopped after " + maxCycles + " cycles; there are more")
                : List.of();
        return new Result(findings, notes);
    }
}
