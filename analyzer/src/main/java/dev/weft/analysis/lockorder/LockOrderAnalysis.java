package dev.weft.analysis.lockorder;

import dev.weft.report.LockOrderFinding;
import dev.weft.trace.Event;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.LockRequested;
import dev.weft.trace.ThreadJoined;
import dev.weft.trace.ThreadStarted;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Predicts the deadlocks of a recorded sequence of {@link Event}s: builds its {@link LockOrderGraph} and
 * runs a {@link LockOrderDetector} over it.
 *
 * <p>Which event does what: a {@link LockRequested} that is not timed asks for a lock while holding the
 * others (edges into it; a timed {@code tryLock} never waits forever, and an untimed one makes no
 * request), a {@link LockAcquired} adds a hold and a {@link LockReleased} removes one, with the lock-id and
 * mode conventions of {@code LockStates}; {@link ThreadStarted} and {@link ThreadJoined} order threads.
 * A thread seen without a start event (the first thread, or one started before weft attached) starts
 * unordered with every other. A monitor {@code wait} keeps its holds as they are: taking the monitor back
 * afterwards adds no edge.
 *
 * <p>The analysis is immutable and pure: no I/O, no clock.
 */
public final class LockOrderAnalysis {

    private final LockOrderDetector detector;
    private final LockOrderGraph.Limits limits;

    /** An analysis that names what it reports through {@code names}, with the default limits. */
    public LockOrderAnalysis(LockOrderDetector.Names names) {
        this(new LockOrderDetector(names), LockOrderGraph.Limits.DEFAULT);
    }

    private LockOrderAnalysis(LockOrderDetector detector, LockOrderGraph.Limits limits) {
        this.detector = detector;
        this.limits = limits;
    }

    /** A copy of this analysis that searches the graph with {@code detector}. */
    public LockOrderAnalysis withDetector(LockOrderDetector detector) {
        return new LockOrderAnalysis(detector, limits);
    }

    /** A copy of this analysis whose graph keeps at most what {@code limits} say. */
    public LockOrderAnalysis withLimits(LockOrderGraph.Limits limits) {
        return new LockOrderAnalysis(detector, limits);
    }

    /** The potential deadlocks among {@code events}, applied in order, when none really happened. */
    public List<LockOrderFinding> find(Iterable<? extends Event> events) {
        return search(events, List.of()).findings();
    }

    /**
     * The potential deadlocks among {@code events}, applied in order, and notes on the limits hit.
     *
     * @param realDeadlocks the real deadlocks of the run, each as the set of lock ids its threads waited
     *                      for; a cycle over exactly such a set is not reported again
     * @throws IllegalStateException when the events name more threads than a clock can tell apart
     */
    public LockOrderDetector.Result search(Iterable<? extends Event> events, Collection<? extends Set<Long>> realDeadlocks) {
        LockOrderGraph graph = new LockOrderGraph(limits, LockOrderGraph.StackSource.NONE);
        Map<Long, LockingThread> threads = new HashMap<>();
        for (Event event : events) {
            LockingThread t = threads.computeIfAbsent(event.tid(), graph::newThread);
            if (event instanceof LockRequested e && !e.timed()) {
                graph.acquiring(t, e.lock(), e.shared(), e.site());
            } else if (event instanceof LockAcquired e) {
                t.acquired(e.lock(), e.shared(), e.site());
            } else if (event instanceof LockReleased e) {
                t.released(e.lock(), e.shared());
            } else if (event instanceof ThreadStarted e) {
                t.started(threads.computeIfAbsent(e.child(), graph::newThread));
            } else if (event instanceof ThreadJoined e) {
                t.joined(threads.computeIfAbsent(e.joined(), graph::newThread));
            }
        }
        return detector.search(graph, realDeadlocks);
    }
}
