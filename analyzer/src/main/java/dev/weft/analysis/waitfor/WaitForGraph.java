package dev.weft.analysis.waitfor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Who waits for whom at one moment: a directed graph whose vertices are thread ids, with an edge from a
 * waiting thread to each thread that holds what it waits for in a conflicting mode.
 *
 * <p>Only waits that do not end by themselves make edges (a timed wait is never part of a deadlock).
 * Modes are honoured: a shared request is kept waiting only by exclusive holds, an exclusive one by
 * every hold. A thread's own holds keep it waiting only when it holds the read half of a read-write lock
 * and asks for the write half (which never succeeds: a self-loop), when it asks a semaphore for a permit while it
 * holds its last one (a semaphore is not reentrant), or when it joins itself. A join waits
 * for a resource of kind {@link Resource.Kind#THREAD}, held by the joined thread while it is in the
 * snapshot.
 *
 * <p>Each thread waits for one resource at most, so every edge leaving a thread is labelled with the same
 * resource, and a cycle of thread ids names its locks too.
 */
public final class WaitForGraph {

    /**
     * An edge: {@code waiter} waits for {@code resource}, which {@code holder} holds.
     *
     * @param waiter   the waiting thread's id
     * @param resource what it waits for
     * @param holder   the id of a thread that keeps it waiting
     */
    public record WaitsFor(long waiter, Resource resource, long holder) {

        // written out, as Resource's are: no ObjectMethods bootstrap when the graph first hashes an edge
        @Override
        public boolean equals(Object other) {
            return other instanceof WaitsFor that && waiter == that.waiter && holder == that.holder
                    && Objects.equals(resource, that.resource);
        }

        @Override
        public int hashCode() {
            return (31 * Long.hashCode(waiter) + Objects.hashCode(resource)) * 31 + Long.hashCode(holder);
        }
    }

    /**
     * One hold of a resource by one thread.
     *
     * @param thread the holder
     * @param hold   its hold, or {@code null} for the implicit hold of a thread on itself (joins)
     */
    public record Holder(ThreadSnapshot thread, Hold hold) { }

    private final Map<Long, ThreadSnapshot> threads;
    private final Graph<Long, WaitsFor> graph;

    private WaitForGraph(Map<Long, ThreadSnapshot> threads, Graph<Long, WaitsFor> graph) {
        this.threads = threads;
        this.graph = new AsUnmodifiableGraph<>(graph);
    }

    /**
     * Builds the graph of one moment.
     *
     * @throws IllegalArgumentException when two snapshots have the same thread id
     */
    public static WaitForGraph of(Collection<ThreadSnapshot> snapshots) {
        Map<Long, ThreadSnapshot> threads = new LinkedHashMap<>();
        snapshots.stream().sorted(Comparator.comparingLong(ThreadSnapshot::tid)).forEach(t -> {
            if (threads.putIfAbsent(t.tid(), t) != null) {
                throw new IllegalArgumentException("thread " + t.tid() + " (\"" + t.name() + "\") appears twice");
            }
        });
        Graph<Long, WaitsFor> graph = GraphTypeBuilder.<Long, WaitsFor>directed()
                .allowingSelfLoops(true).allowingMultipleEdges(false).weighted(false).buildGraph();
        threads.keySet().forEach(graph::addVertex);
        WaitForGraph built = new WaitForGraph(threads, graph);
        for (ThreadSnapshot waiter : threads.values()) {
            if (waiter.waitsForever()) {
                Resource resource = waiter.waiting().resource();
                for (Holder holder : built.holdersOf(resource)) {
                    if (blocks(waiter, holder)) {
                        graph.addEdge(waiter.tid(), holder.thread().tid(),
                                new WaitsFor(waiter.tid(), resource, holder.thread().tid()));
                    }
                }
            }
        }
        return built;
    }

    private static boolean blocks(ThreadSnapshot waiter, Holder holder) {
        if (holder.hold() == null) {
            return true; // a joined thread keeps its joiners waiting until it ends
        }
        Mode requested = waiter.waiting().mode();
        if (holder.thread().tid() != waiter.tid()) {
            return requested.conflictsWith(holder.hold().mode());
        }
        Resource resource = waiter.waiting().resource();
        if (resource.kind() == Resource.Kind.SEMAPHORE) {
            return true; // no permit left, and the waiter holds it: it waits for itself
        }
        boolean holdsExclusively = waiter.holds().stream()
                .anyMatch(h -> h.resource().equals(resource) && h.mode() == Mode.EXCLUSIVE);
        return requested == Mode.EXCLUSIVE && !holdsExclusively; // the read-to-write upgrade
    }

    /** The graph itself, read-only: vertices are thread ids, in ascending order. */
    public Graph<Long, WaitsFor> graph() {
        return graph;
    }

    /** The snapshot of thread {@code tid}, if it is in the graph. */
    public Optional<ThreadSnapshot> thread(long tid) {
        return Optional.ofNullable(threads.get(tid));
    }

    /** Every hold of {@code resource}, by thread id. */
    public List<Holder> holdersOf(Resource resource) {
        List<Holder> holders = new ArrayList<>();
        if (resource.kind() == Resource.Kind.THREAD) {
            thread(resource.id()).ifPresent(t -> holders.add(new Holder(t, null)));
            return holders;
        }
        for (ThreadSnapshot t : threads.values()) {
            t.holds().stream().filter(h -> h.resource().equals(resource))
                    .forEach(h -> holders.add(new Holder(t, h)));
        }
        return holders;
    }

    /** The threads that wait for {@code resource} and whose wait does not end by itself, by thread id. */
    public List<ThreadSnapshot> waitersFor(Resource resource) {
        return threads.values().stream()
                .filter(t -> t.waitsForever() && t.waiting().resource().equals(resource))
                .toList();
    }
}
