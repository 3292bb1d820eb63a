package dev.weft.analysis.waitfor;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.DetectedBy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.AsSubgraph;

/**
 * Finds the real deadlocks of one moment: every cycle of its {@link WaitForGraph}, each reported once
 * (whichever thread it starts from), in a deterministic order (by the thread ids of the cycle, each cycle
 * starting at its smallest id).
 *
 * <p>A cheap cycle check runs first; only when it finds one are the strongly connected components
 * computed and the simple cycles enumerated inside them, up to a limit ({@link #DEFAULT_MAX_CYCLES}
 * unless changed with {@link #withMaxCycles}). The detector is immutable and pure: no I/O, no clock.
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
        Graph<Long, WaitForGraph.WaitsFor> graph = waitFor.graph();
        if (!new CycleDetector<>(graph).detectCycles()) {
            return new Result(List.of(), List.of());
        }
        Set<List<Long>> cycles = new TreeSet<>(CYCLE_ORDER);
        boolean limitHit = false;
        for (Set<Long> component : cyclicComponents(graph)) {
            try {
                new JohnsonSimpleCycles<>(new AsSubgraph<>(graph, component)).findSimpleCycles(cycle -> {
                    if (cycles.size() == maxCycles) {
                        throw new LimitReached();
                    }
                    cycles.add(fromSmallest(cycle));
                });
            } catch (LimitReached e) {
                limitHit = true;
                break;
            }
        }
        DeadlockDescription description = new DeadlockDescription(waitFor);
        List<DeadlockFinding> findings = cycles.stream().map(c -> description.of(c, detectedBy)).toList();
        List<String> notes = limitHit
                ? List.of("deadlock search stopped after " + maxCycles + " cycles; there are more")
                : List.of();
        return new Result(findings, notes);
    }

    /** The strongly connected components that hold a cycle, by their smallest thread id. */
    private static List<TreeSet<Long>> cyclicComponents(Graph<Long, WaitForGraph.WaitsFor> graph) {
        List<TreeSet<Long>> components = new ArrayList<>();
        for (Set<Long> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            long any = component.iterator().next();
            if (component.size() > 1 || graph.containsEdge(any, any)) {
                components.add(new TreeSet<>(component));
            }
        }
        components.sort(Comparator.comparing(TreeSet::first));
        return components;
    }

    /** The rotation of {@code cycle} that starts at its smallest thread id: one form for all rotations. */
    private static List<Long> fromSmallest(List<Long> cycle) {
        List<Long> rotated = new ArrayList<>(cycle);
        Collections.rotate(rotated, -rotated.indexOf(Collections.min(rotated)));
        return List.copyOf(rotated);
    }

    /** Stops the cycle enumeration, which offers no other way out, once the limit is reached. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }
}
