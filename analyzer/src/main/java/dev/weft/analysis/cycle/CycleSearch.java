package dev.weft.analysis.cycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.cycle.DirectedSimpleCycles;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.AsSubgraph;

/**
 * Lists the simple cycles of a directed graph, bounded in count and length: a cheap {@link CycleDetector}
 * check first; only when it finds a cycle are the strongly connected components computed, and the cycles
 * listed inside each that holds one (two vertices or more, or a self-loop), in the order of their
 * smallest vertex. Each cycle is handed over once, rotated to start at its smallest vertex. Pure.
 *
 * <p>Inside a component no larger than the length bound, or than {@link #SEARCHED_WHOLE} vertices,
 * {@link JohnsonSimpleCycles} lists every cycle: its cost per cycle listed is linear in the component's
 * size, and the limit of cycles bounds it, so a small component costs little however long its cycles
 * (five dining philosophers' forks: a cycle of five). Inside a larger one, {@link HawickJamesSimpleCycles}
 * with a path limit lists only the short ones: Johnson cannot prune by length, and its recursion over a
 * component of thousands of vertices would overflow the stack.
 */
public final class CycleSearch {

    /** The size up to which a component is searched for cycles of any length, whatever the length bound. */
    public static final int SEARCHED_WHOLE = 8;

    /**
     * How a search ended.
     *
     * @param cycleLimitHit       it stopped at its limit of cycles, and there were more
     * @param longerCyclesSkipped some component was larger than the length bound and than
     *                            {@link #SEARCHED_WHOLE}, so cycles longer than the bound may exist that
     *                            were not listed
     */
    public record Outcome(boolean cycleLimitHit, boolean longerCyclesSkipped) { }

    private CycleSearch() { }

    /**
     * Hands each simple cycle of {@code graph} of at most {@code maxLength} vertices (of any length in a
     * component of at most {@link #SEARCHED_WHOLE}) to {@code consumer}, at most {@code maxCycles} of them.
     */
    public static <V extends Comparable<V>, E> Outcome forEachCycle(Graph<V, E> graph, int maxCycles, int maxLength,
                                                                    Consumer<List<V>> consumer) {
        if (!new CycleDetector<>(graph).detectCycles()) {
            return new Outcome(false, false);
        }
        int[] seen = {0};
        boolean longerSkipped = false;
        for (Set<V> component : cyclicComponents(graph)) {
            Graph<V, E> subgraph = new AsSubgraph<>(graph, component);
            DirectedSimpleCycles<V, E> cycles;
            if (component.size() <= Math.max(maxLength, SEARCHED_WHOLE)) {
                cycles = new JohnsonSimpleCycles<>(subgraph);
            } else {
                HawickJamesSimpleCycles<V, E> bounded = new HawickJamesSimpleCycles<>(subgraph);
                bounded.setPathLimit(maxLength);
                cycles = bounded;
                longerSkipped = true;
            }
            try {
                cycles.findSimpleCycles(cycle -> {
                    if (seen[0] == maxCycles) {
                        throw new LimitReached();
                    }
                    seen[0]++;
                    consumer.accept(fromSmallest(cycle));
                });
            } catch (LimitReached e) {
                return new Outcome(true, longerSkipped);
            }
        }
        return new Outcome(false, longerSkipped);
    }

    /** The strongly connected components that hold a cycle, by their smallest vertex. */
    private static <V extends Comparable<V>, E> List<TreeSet<V>> cyclicComponents(Graph<V, E> graph) {
        List<TreeSet<V>> components = new ArrayList<>();
        for (Set<V> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            V any = component.iterator().next();
            if (component.size() > 1 || graph.containsEdge(any, any)) {
                components.add(new TreeSet<>(component));
            }
        }
        components.sort(Comparator.comparing(TreeSet::first));
        return components;
    }

    /** The rotation of {@code cycle} that starts at its smallest vertex: one form for all rotations. */
    private static <V extends Comparable<V>> List<V> fromSmallest(List<V> cycle) {
        List<V> rotated = new ArrayList<>(cycle);
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
