package dev.weft.analysis.lockorder;

import java.util.ArrayList;
import java.util.List;

/**
 * The edges of the lock-order graph, found by their two lock ids without boxing or allocating: an
 * open-addressing hash table with linear probing, kept at most half full. Also keeps the edges in the
 * order they were added. Not thread-safe: guarded by the {@link LockOrderGraph} that owns it.
 */
final class EdgeTable {

    private Edge[] slots = new Edge[64];
    private final List<Edge> inOrder = new ArrayList<>();

    /** The edge {@code from → to}, or {@code null}. */
    Edge get(long from, long to) {
        Edge[] table = slots;
        int mask = table.length - 1;
        for (int i = hash(from, to) & mask; ; i = (i + 1) & mask) {
            Edge e = table[i];
            if (e == null || (e.from == from && e.to == to)) {
                return e;
            }
        }
    }

    /** Adds {@code edge}, which must not be here yet. */
    void add(Edge edge) {
        if (2 * (inOrder.size() + 1) > slots.length) {
            Edge[] old = slots;
            slots = new Edge[2 * old.length];
            for (Edge e : old) {
                if (e != null) {
                    place(e);
                }
            }
        }
        place(edge);
        inOrder.add(edge);
    }

    int size() {
        return inOrder.size();
    }

    /** Every edge, in the order added. */
    List<Edge> inOrder() {
        return inOrder;
    }

    private void place(Edge edge) {
        int mask = slots.length - 1;
        int i = hash(edge.from, edge.to) & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = edge;
    }

    private static int hash(long from, long to) {
        long h = from * 0x9E3779B97F4A7C15L + to;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }
}
