package dev.weft.analysis.lockorder;

import dev.weft.analysis.cycle.CycleSearch;
import dev.weft.analysis.waitfor.LockStates;
import dev.weft.report.LockOrderFinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;

/**
 * Predicts deadlocks that did not happen: the cycles of a {@link LockOrderGraph} that could deadlock
 * under another schedule, as {@link LockOrderFinding}s in the order of their ids.
 *
 * <p>Cycles come from {@link CycleSearch} (a cheap check first, then simple cycles inside strongly
 * connected components, pruned by length in the large ones), at most {@link #DEFAULT_MAX_CYCLES} of at most
 * {@link #DEFAULT_MAX_CYCLE_LENGTH} locks unless changed (of any length among at most
 * {@link CycleSearch#SEARCHED_WHOLE} locks that reach each other). A cycle is reported only when one witness per
 * edge can be chosen so that it could really deadlock (see {@link WitnessChoice}), and not when it did:
 * the caller passes the lock sets of the real deadlocks it found, and a cycle over exactly one of those
 * sets is left out. Cycles with the same sites (the same code, other lock objects) are one finding.
 *
 * <p>The detector is immutable and pure: no I/O, no clock. Searching copies the graph first, so the
 * graph may keep growing meanwhile.
 */
public final class LockOrderDetector {

    /** How many cycles a search examines at most, unless changed. */
    public static final int DEFAULT_MAX_CYCLES = 1000;

    /** How many locks a reported cycle has at most, unless changed, when more than {@link CycleSearch#SEARCHED_WHOLE} locks reach each other. */
    public static final int DEFAULT_MAX_CYCLE_LENGTH = 4;

    /** Resolves the ids that the graph holds to what they name: {@link LockStates.Names}, plus where a lock comes from. */
    public interface Names extends LockStates.Names {

        /** Where lock {@code lock} was created, or the field that holds it, when known; {@code null} otherwise. */
        default String origin(long lock) {
            return null;
        }
    }

    /**
     * What a search found.
     *
     * @param findings the potential deadlocks, by id
     * @param notes    what a reader should know about the graph and the search: which limits were hit
     */
    public record Result(List<LockOrderFinding> findings, List<String> notes) {
        public Result {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }
    }

    private final Names names;
    private final int maxCycles;
    private final int maxCycleLength;

    /** A detector that names what it reports through {@code names}, with the default limits. */
    public LockOrderDetector(Names names) {
        this(names, DEFAULT_MAX_CYCLES, DEFAULT_MAX_CYCLE_LENGTH);
    }

    private LockOrderDetector(Names names, int maxCycles, int maxCycleLength) {
        if (maxCycles < 1) {
            throw new IllegalArgumentException("maxCycles must be at least 1, not " + maxCycles);
        }
        if (maxCycleLength < 2) {
            throw new IllegalArgumentException("maxCycleLength must be at least 2, not " + maxCycleLength);
        }
        this.names = names;
        this.maxCycles = maxCycles;
        this.maxCycleLength = maxCycleLength;
    }

    /** A copy of this detector that examines at most {@code maxCycles} cycles per search. */
    public LockOrderDetector withMaxCycles(int maxCycles) {
        return new LockOrderDetector(names, maxCycles, maxCycleLength);
    }

    /**
     * A copy of this detector that looks for cycles of at most {@code maxCycleLength} locks only, where more than
     * {@link CycleSearch#SEARCHED_WHOLE} locks reach each other.
     */
    public LockOrderDetector withMaxCycleLength(int maxCycleLength) {
        return new LockOrderDetector(names, maxCycles, maxCycleLength);
    }

    /** The potential deadlocks of {@code graph}, when none really happened; see {@link #search}. */
    public List<LockOrderFinding> find(LockOrderGraph graph) {
        return search(graph, List.of()).findings();
    }

    /**
     * The potential deadlocks of {@code graph}, and notes on the limits hit.
     *
     * @param realDeadlocks the real deadlocks of the run, each as the set of lock ids its threads waited
     *                      for; a cycle over exactly such a set is not reported again
     */
    public Result search(LockOrderGraph graph, Collection<? extends Set<Long>> realDeadlocks) {
        Graph<Long, TakenBefore> g = graph.graph();
        List<String> notes = new ArrayList<>(graph.notes());
        LockOrderDescription description = new LockOrderDescription(names);
        boolean wakeUps = graph.wakeUpsOrder();
        Map<String, LockOrderFinding> byId = new TreeMap<>();
        CycleSearch.Outcome outcome = CycleSearch.forEachCycle(g, maxCycles, maxCycleLength, locks -> {
            if (!realDeadlocks.contains(Set.copyOf(locks))) {
                List<TakenBefore> cycle = edges(g, locks);
                WitnessChoice.of(cycle, wakeUps).ifPresent(witnesses -> {
                    LockOrderFinding finding = description.of(cycle, witnesses);
                    byId.putIfAbsent(finding.id(), finding);
                });
            }
        });
        if (outcome.cycleLimitHit()) {
            notes.add("lock-order search stopped after " + maxCycles + " cycles; there are more");
        }
        if (outcome.longerCyclesSkipped()) {
            notes.add("lock-order search looked for cycles of at most " + maxCycleLength
                    + " locks; longer ones were not examined");
        }
        return new Result(List.copyOf(byId.values()), notes);
    }

    /** The edges of the cycle through {@code locks}, in order, the last back to the first. */
    private static List<TakenBefore> edges(Graph<Long, TakenBefore> g, List<Long> locks) {
        List<TakenBefore> edges = new ArrayList<>();
        for (int i = 0; i < locks.size(); i++) {
            edges.add(g.getEdge(locks.get(i), locks.get((i + 1) % locks.size())));
        }
        return edges;
    }
}
