package dev.weft.analysis.lockorder;

import dev.weft.analysis.race.ThreadClocks;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The lock-order graph of a run (Goodlock): an edge {@code A → B} for each lock {@code A} a thread held
 * when it asked, blocking, for a lock {@code B} it did not hold, labelled with the distinct
 * {@link Witness witnesses} of that order (thread, all locks held, both sites, modes, a stack, and the
 * thread's place in the order of thread start and join). Two witnesses are the same when all of those
 * but the stack are; the first stack seen is kept.
 *
 * <p>Built one request at a time through {@link #acquiring}, which the agent may call from its hooks:
 * when the thread holds nothing, or already holds the lock (reentrant), it returns at once; when the edges
 * and witnesses already exist, it finds them by lock ids and compares primitives, and allocates nothing.
 * Only a new edge or witness allocates, and asks the {@link StackSource} for the current stack once.
 *
 * <p>Wake-ups order witnesses too, where they do so in every schedule ({@link #waiting}, {@link #signalling},
 * {@link #woken}): a thread that waited, untimed, in a wait set, and returned normally after a signal made in the
 * very next hold of the set's lock, by the one thread that ever signalled that set, comes after all that thread did
 * before the signal. When a set that ordered a wake-up is signalled by a second thread later, no wake-up orders
 * anything ({@link #wakeUpsOrder}).
 *
 * <p>Bounded by {@link Limits}: at most {@code maxEdges} edges, {@code witnessesPerEdge} witnesses per
 * edge and {@code maxWitnesses} in all; what does not fit is dropped, and {@link #notes} says so.
 * {@link #graph} hands out a JGraphT copy for the {@link LockOrderDetector}.
 *
 * <h2>Shadow state</h2>
 * <ul>
 *   <li>{@link LockingThread} (one per thread): owned by its thread (see there); {@link #acquiring} reads
 *       it on that thread.</li>
 *   <li>The edges, their witnesses and the counters: guarded by this graph's monitor, which
 *       {@link #acquiring} takes only when the thread holds another lock. Witnesses are immutable.</li>
 *   <li>A {@link WaitSet}: guarded by its own monitor; the wait a thread is in: owned by the thread; whether wake-ups
 *       order: a volatile flag, only ever cleared.</li>
 * </ul>
 */
public final class LockOrderGraph {

    /**
     * How much the graph keeps at most.
     *
     * @param maxEdges         distinct lock orders {@code A → B}
     * @param witnessesPerEdge distinct witnesses of one edge (the first ones seen are kept)
     * @param maxWitnesses     witnesses over all edges
     */
    public record Limits(int maxEdges, int witnessesPerEdge, int maxWitnesses) {

        /** 20,000 edges, 8 witnesses per edge, 40,000 witnesses. */
        public static final Limits DEFAULT = new Limits(20_000, 8, 40_000);

        public Limits {
            if (maxEdges < 1 || witnessesPerEdge < 1 || maxWitnesses < 1) {
                throw new IllegalArgumentException("lock-order graph limits must be at least 1: " + this);
            }
        }
    }

    /** The current thread's stack, asked for only when a new witness is kept. */
    @FunctionalInterface
    public interface StackSource {

        /** For recorded events, which carry no stacks. */
        StackSource NONE = () -> List.of();

        /** The calling thread's stack, innermost frame first, without weft's own frames. */
        List<Site> currentStack();
    }

    private final Limits limits;
    private final StackSource stacks;
    private final ThreadClocks clocks = new ThreadClocks();
    private final ThreadClocks wokenClocks = new ThreadClocks();
    private final EdgeTable edges = new EdgeTable(); // guarded by this
    private int witnesses;                           // guarded by this
    private boolean edgeLimitHit;                    // guarded by this
    private boolean witnessLimitHit;                 // guarded by this
    private volatile boolean wakeUpsInexact;

    /** An empty graph with the {@link Limits#DEFAULT default limits}, for events without stacks. */
    public LockOrderGraph() {
        this(Limits.DEFAULT, StackSource.NONE);
    }

    /** An empty graph that keeps at most what {@code limits} say and takes stacks from {@code stacks}. */
    public LockOrderGraph(Limits limits, StackSource stacks) {
        this.limits = limits;
        this.stacks = stacks;
    }

    /**
     * The shadow of a new thread, holding nothing, knowing nothing of other threads until it is
     * {@link LockingThread#started started} or joins one.
     *
     * @throws IllegalStateException past {@link dev.weft.analysis.race.Epoch#MAX_THREAD_INDEX} + 1 threads
     */
    public LockingThread newThread(long tid) {
        return new LockingThread(tid, clocks.newThread(), wokenClocks.newThread());
    }

    /**
     * {@code thread}, in hold number {@code hold} of the lock of {@code waitSet}, begins to wait in it (letting the
     * lock go).
     *
     * @param timed true when the wait may end without a signal (a timeout)
     */
    public void waiting(LockingThread thread, WaitSet waitSet, long hold, boolean timed) {
        thread.waitingIn = waitSet;
        thread.waitHold = hold;
        thread.waitTimed = timed;
        synchronized (waitSet) {
            waitSet.lastWaitHold = Math.max(waitSet.lastWaitHold, hold);
        }
    }

    /** {@code thread}, in hold number {@code hold} of the lock of {@code waitSet}, signals it (one waiter or all). */
    public void signalling(LockingThread thread, WaitSet waitSet, long hold) {
        synchronized (waitSet) {
            boolean firstOfHold = waitSet.signalHold != hold;
            if (!waitSet.signalledBy(thread.tid(), hold) && waitSet.ordered) {
                wakeUpsInexact = true;
            }
            if (firstOfHold && hold == waitSet.lastWaitHold + 1) { // a signal that may order a waiter
                thread.signalled(waitSet.lastSignal);
            }
        }
    }

    /**
     * The wait of {@code thread} ({@link #waiting}) returned normally, not by an exception: when it was untimed and
     * the one signaller of its set signalled it in the hold of its lock right after the one it began to wait in
     * (no other hold came between, in which that or another thread could have made the waiter's state true), the
     * thread comes after all the signaller did before the signal, in every schedule.
     */
    public void woken(LockingThread thread) {
        WaitSet waitSet = thread.waitingIn;
        thread.waitingIn = null;
        if (waitSet == null || thread.waitTimed) {
            return;
        }
        synchronized (waitSet) {
            if (!waitSet.severalSignallers && waitSet.signalHold == thread.waitHold + 1) {
                thread.wokenBy(waitSet.lastSignal);
                waitSet.ordered = true;
            }
        }
    }

    /** False once a wait set whose signal ordered a wake-up was signalled by a second thread: then none orders. */
    public boolean wakeUpsOrder() {
        return !wakeUpsInexact;
    }

    /**
     * {@code thread} asks for {@code lock} at {@code site} and may block until it gets it (not for a
     * {@code tryLock}, nor a timed one: those never wait forever). Call it before the thread blocks, and
     * {@link LockingThread#acquired} once it holds the lock.
     *
     * @param shared true for the read half of a read-write lock
     */
    public void acquiring(LockingThread thread, long lock, boolean shared, int site) {
        thread.requested();
        ordering(thread, lock, shared, site);
    }

    /**
     * {@code thread}, woken from a wait in a {@code Condition} of {@code lock} (or its wait ended), takes the lock back
     * at {@code site}, the await's, and may block until it gets it: edges from the locks it still holds, as for
     * {@link #acquiring}, but no request the thread makes itself (the hold it takes back has no request number).
     */
    public void reacquiring(LockingThread thread, long lock, int site) {
        ordering(thread, lock, false, site);
    }

    /** Adds the edges and witnesses of {@code thread} asking for {@code lock} holding what it holds. */
    private void ordering(LockingThread thread, long lock, boolean shared, int site) {
        int held = thread.holdCount();
        if (held == 0 || thread.holds(lock)) {
            return;
        }
        synchronized (this) {
            List<Site> stack = null;
            for (int i = 0; i < held; i++) {
                Edge edge = edge(thread.lock(i), lock);
                if (edge == null || edge.find(thread, i, site, shared) != null) {
                    continue;
                }
                if (witnesses >= limits.maxWitnesses()) {
                    witnessLimitHit = true;
                    edge.overflow();
                    continue;
                }
                if (stack == null) {
                    stack = List.copyOf(stacks.currentStack());
                }
                Witness witness = new Witness(thread.tid(), thread.heldLocks(), thread.heldModes(),
                        thread.site(i), thread.shared(i), thread.request(i), site, shared, stack, thread.epoch(),
                        thread.position(), thread.wokenEpoch(), thread.wokenPosition());
                if (edge.add(witness, limits.witnessesPerEdge())) {
                    witnesses++;
                }
            }
        }
    }

    /** How many edges the graph has. */
    public synchronized int edgeCount() {
        return edges.size();
    }

    /** How many witnesses the graph keeps, over all edges. */
    public synchronized int witnessCount() {
        return witnesses;
    }

    /** What a reader should know about the graph itself: which limits were hit, and what was dropped. */
    public synchronized List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (edgeLimitHit) {
            notes.add("lock-order graph: stopped adding edges at its limit of " + limits.maxEdges()
                    + "; lock orders seen later were not recorded, so potential deadlocks may be missed");
        }
        long full = edges.inOrder().stream().filter(Edge::overflowed).count();
        if (full > 0) {
            notes.add("lock-order graph: " + full + (full == 1 ? " edge" : " edges")
                    + " had more distinct witnesses than kept (at most " + limits.witnessesPerEdge() + " per edge, "
                    + limits.maxWitnesses() + " in all)" + (witnessLimitHit ? "; the limit in all was reached" : ""));
        }
        return notes;
    }

    /**
     * A copy of the graph as it stands: vertices are lock ids, in the order first seen; edges carry the
     * witnesses kept so far. No self-loops, no multiple edges.
     */
    synchronized Graph<Long, TakenBefore> graph() {
        Graph<Long, TakenBefore> graph = GraphTypeBuilder.<Long, TakenBefore>directed()
                .allowingSelfLoops(false).allowingMultipleEdges(false).weighted(false).buildGraph();
        for (Edge e : edges.inOrder()) {
            graph.addVertex(e.from);
            graph.addVertex(e.to);
            graph.addEdge(e.from, e.to, new TakenBefore(e.from, e.to, e.witnesses()));
        }
        return new AsUnmodifiableGraph<>(graph);
    }

    /** The edge {@code from → to}, made if new and there is room; {@code null} when there is none. */
    private Edge edge(long from, long to) {
        Edge edge = edges.get(from, to);
        if (edge == null) {
            if (edges.size() >= limits.maxEdges()) {
                edgeLimitHit = true;
                return null;
            }
            edge = new Edge(from, to);
            edges.add(edge);
        }
        return edge;
    }
}
