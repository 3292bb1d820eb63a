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
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.AsSubgraph;

/**
 * Lists the simple cycles of a directed graph, bounded: a cheap {@link CycleDetector} check first; only
 * when it finds a cycle are the strongly connected components computed, and {@link JohnsonSimpleCycles}
 * runs inside each that holds a cycle (two vertices or more, or a self-loop), in the order of their
 * smallest vertex. Each cycle is handed over once, rotated to start at its smallest vertex. Pure.
 */
public final class CycleSearch {

    private CycleSearch() { }

    /**
     * Hands each simple cycle of {@code graph} to {@code consumer}, at most {@code maxCycles} of them.
     *
     * @return true when the search stopped at {@code maxCycles} and there were more
     */
    public static <V extends Comparable<V>, E> boolean forEachCycle(Graph<V, E> graph, int maxCycles,
                                                                    Consumer<List<V>> consumer) {
        if (!new CycleDetector<>(graph).detectCycles()) {
            return false;
        }
        int[] seen = {0};
        for (Set<V> component : cyclicComponents(graph)) {
            try {
                new JohnsonSimpleCycles<>(new AsSubgraph<>(graph, component)).findSimpleCycles(cycle -> {
                    if (seen[0] == maxCycles) {
                        throw new LimitReached();
                    }
                    seen[0]++;
                    consumer.accept(fromSmallest(cycle));
                });
            } catch (LimitReached e) {
                return true;
            }
        }
        return false;
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
