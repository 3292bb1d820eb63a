package dev.weft.agent.control;

import dev.weft.report.LockOrderFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confirming a predicted deadlock whose edges say which lock request took their first lock
 * ({@link LockOrderFinding.Edge#fromRequest}): each edge's thread is held back <em>before</em> that request, until a
 * thread stands at every edge's; then all go on together, each takes its first lock, and the holds at the edges'
 * second sites ({@code Controller.steer}, only once the gate is open) close the cycle. Holding only at the second sites is not enough when the
 * cycle's locks are also taken, in a consistent order, by the same threads' earlier requests: a thread held after its
 * first lock then holds a lock the others still need, and is let go as soon as they block on it.
 *
 * <p>A thread matches an edge when it is about to make a blocking lock request at the edge's {@code fromSite} and it
 * is the thread's {@code fromRequest}-th (counted as the lock-order graph counts them: monitor enters and untimed
 * {@code lock} calls, re-entries included), and its name is the edge's thread's, unless no edge names it (threads
 * named otherwise in this run). A thread that goes on from its position before the gate opened (chosen as the only
 * one that could run) opens it for good. Not thread-safe: called with the controller's lock held.
 */
final class CycleGate {

    private record Position(String thread, String site, int request) { }

    private final List<Position> positions;
    private final Map<Integer, Integer> requests = new HashMap<>();    // thread -> requests made so far
    private final Map<Integer, Integer> waiting = new LinkedHashMap<>(); // thread -> the position it stands at
    private boolean open;

    private CycleGate(List<Position> positions) {
        this.positions = positions;
    }

    /** The gate for {@code confirmation}, or {@code null} when it is no lock-order cycle or an edge's request is not known. */
    static CycleGate of(Confirmation confirmation) {
        if (confirmation == null || !(confirmation.prediction() instanceof LockOrderFinding cycle)
                || cycle.edges().stream().anyMatch(e -> e.fromRequest() == null)) {
            return null;
        }
        return new CycleGate(cycle.edges().stream()
                .map(e -> new Position(e.thread(), e.fromSite().toString(), e.fromRequest())).toList());
    }

    /**
     * Thread {@code tid} (named {@code name}) arrives at a point; {@code request} tells whether the point is a
     * blocking lock request, made at {@code site}. Returns whether to hold the thread back there.
     */
    boolean arrive(int tid, String name, boolean request, String site) {
        if (waiting.remove(tid) != null && !open) {
            // chosen while held, as the only thread that could run: the others cannot all reach their positions in
            // this run (or their requests are counted otherwise than in the predicting run); the holds at the second
            // sites take over, as for a prediction without requests
            open = true;
        }
        if (!request) {
            return false;
        }
        int number = requests.merge(tid, 1, Integer::sum);
        if (open) {
            return false;
        }
        boolean named = positions.stream().anyMatch(p -> p.thread().equals(name));
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            if (p.request() == number && p.site().equals(site) && (!named || p.thread().equals(name))
                    && !waiting.containsValue(i)) {
                waiting.put(tid, i);
                return true;
            }
        }
        return false;
    }

    /**
     * True once every edge's thread stood at its position and was let go, or one went on without the others. Until then the holds at the edges' second
     * sites wait: a thread that takes a cycle's locks in a consistent order before its position would be held there
     * while the others wait for it to go on.
     */
    boolean isOpen() {
        return open;
    }

    /**
     * The threads to let go once the gate is open (a thread stands at every position, or one went on without the
     * others), each once; else none.
     */
    List<Integer> opened() {
        if (waiting.size() == positions.size()) {
            open = true;
        }
        if (!open || waiting.isEmpty()) {
            return List.of();
        }
        List<Integer> all = new ArrayList<>(waiting.keySet());
        waiting.clear();
        return all;
    }
}
