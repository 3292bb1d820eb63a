package dev.weft.analysis.lockorder;

import java.util.Arrays;
import java.util.List;

/**
 * The mutable record of one edge {@code from → to} while the graph is being built: its distinct
 * witnesses, in the order they were first seen, up to a limit. Guarded by the {@link LockOrderGraph}
 * that owns it.
 */
final class Edge {

    final long from;
    final long to;
    private Witness[] witnesses = new Witness[1];
    private int count;
    private boolean overflowed;

    Edge(long from, long to) {
        this.from = from;
        this.to = to;
    }

    /** The witness equal to what {@code thread} would make for its hold {@code from}, or {@code null}. */
    Witness find(LockingThread thread, int from, int site, boolean shared) {
        for (int i = 0; i < count; i++) {
            if (witnesses[i].sameAs(thread, from, site, shared)) {
                return witnesses[i];
            }
        }
        return null;
    }

    /** Keeps {@code witness}, unless the edge already has {@code limit}; returns whether it was kept. */
    boolean add(Witness witness, int limit) {
        if (count >= limit) {
            overflowed = true;
            return false;
        }
        if (count == witnesses.length) {
            witnesses = Arrays.copyOf(witnesses, Math.min(2 * count, limit));
        }
        witnesses[count++] = witness;
        return true;
    }

    /** Notes that a distinct witness was dropped because the whole graph had no room left. */
    void overflow() {
        overflowed = true;
    }

    /** True when a distinct witness was dropped. */
    boolean overflowed() {
        return overflowed;
    }

    int witnessCount() {
        return count;
    }

    List<Witness> witnesses() {
        return List.of(Arrays.copyOf(witnesses, count));
    }
}
