package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.weft.trace.Site;
import java.util.List;

/**
 * A potential deadlock: a cycle in the lock-order graph that could deadlock under another schedule,
 * though it did not in this run. Each edge is one thread that held a lock while it asked for the next
 * one; the threads are distinct, no lock that one holds keeps the others out, and thread start and join
 * do not order them, so all could be at those points at once.
 *
 * @param id    stable id, from the sites of the edges
 * @param locks the locks of the cycle, in cycle order (each edge goes from one to the next, the last to
 *              the first)
 * @param edges the edges of the cycle, in the same order: edge {@code i} goes from lock {@code i}
 * @param confirmed true once a controlled run steered toward it ({@code confirm=}) really deadlocked;
 *                  {@code null}, and absent from the JSON, until then
 * @param replay    the schedule file of that run, which deadlocks again on {@code replay=}; {@code null} until then
 */
public record LockOrderFinding(String id, List<Lock> locks, List<Edge> edges,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Boolean confirmed,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String replay) implements ConfirmableFinding {

    /** The {@link #kind()} of every lock-order finding. */
    public static final String KIND = "lock-order";

    @JsonCreator
    public LockOrderFinding {
        locks = List.copyOf(locks);
        edges = List.copyOf(edges);
        if (locks.size() < 2 || locks.size() != edges.size()) {
            throw new IllegalArgumentException("a lock-order cycle has as many edges as locks, at least 2: "
                    + locks.size() + " locks, " + edges.size() + " edges");
        }
    }

    /** A prediction not confirmed yet. */
    public LockOrderFinding(String id, List<Lock> locks, List<Edge> edges) {
        this(id, locks, edges, null, null);
    }

    /** This prediction, confirmed by a controlled run whose schedule file {@code replay} deadlocks. */
    @Override
    public LockOrderFinding confirmedBy(String replay) {
        return new LockOrderFinding(id, locks, edges, true, replay);
    }

    /** The finding for the cycle of {@code edges} over {@code locks}, with its id. */
    public static LockOrderFinding of(List<Lock> locks, List<Edge> edges) {
        List<String> sites = edges.stream().map(e -> e.fromSite() + " => " + e.toSite()).toList();
        return new LockOrderFinding(FindingId.of(KIND, sites), locks, edges);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * A lock of the cycle.
     *
     * @param name         {@code class@identityHash} in hex, as in thread dumps
     * @param className    the lock object's class
     * @param identityHash its identity hash (0 when not known)
     * @param kind         {@code monitor}, {@code lock} or {@code read-write-lock}
     * @param origin       where the lock object was created or the field that holds it, when known;
     *                     {@code null}, and absent from the JSON, otherwise
     */
    public record Lock(String name, @JsonProperty("class") String className, int identityHash, String kind,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String origin) { }

    /**
     * One edge: a thread held {@code from} while it asked for {@code to}.
     *
     * @param from      the {@link Lock#name()} of the lock held
     * @param fromMode  how it held it: {@code exclusive}, or {@code shared} (a read lock)
     * @param to        the {@link Lock#name()} of the lock asked for
     * @param toMode    how it asked for it
     * @param thread    the thread's name
     * @param threadId  the thread's id
     * @param fromSite  where it took {@code from}
     * @param toSite    where it asked for {@code to}
     * @param fromStack the stack when it took {@code from}, innermost first, as far as the later stack
     *                  shows it (just the site when unknown)
     * @param toStack   the stack when it asked for {@code to}, innermost first (just the site when unknown)
     * @param fromRequest which of the thread's blocking lock requests took {@code from}: its n-th monitor enter or
     *                  untimed {@code lock} call, counted from 1 in the order it made them, re-entries included. A
     *                  steered run ({@code confirm=}) holds the thread back before that request. {@code null}, and
     *                  absent from the JSON, when not known (the lock taken back after a {@code wait}, or by a
     *                  {@code tryLock}; reports written before it was recorded)
     */
    public record Edge(String from, String fromMode, String to, String toMode, String thread, long threadId,
                       Site fromSite, Site toSite, List<Site> fromStack, List<Site> toStack,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer fromRequest) {

        @JsonCreator
        public Edge {
            fromStack = List.copyOf(fromStack);
            toStack = List.copyOf(toStack);
        }

        /** An edge whose {@code from} request is not known. */
        public Edge(String from, String fromMode, String to, String toMode, String thread, long threadId,
                    Site fromSite, Site toSite, List<Site> fromStack, List<Site> toStack) {
            this(from, fromMode, to, toMode, thread, threadId, fromSite, toSite, fromStack, toStack, null);
        }
    }
}
