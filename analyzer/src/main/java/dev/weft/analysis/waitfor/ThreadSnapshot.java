package dev.weft.analysis.waitfor;

import dev.weft.trace.Site;
import java.util.List;

/**
 * What one thread holds and waits for at one moment: the input of the wait-for graph.
 *
 * @param tid   the thread's id
 * @param name  the thread's name
 * @param holds the resources it holds, in the order it took them
 * @param waiting what it waits for, or {@code null} when it is not waiting
 * @param stack its stack, innermost frame first (empty when not known, as in a synthetic trace)
 */
public record ThreadSnapshot(long tid, String name, List<Hold> holds, Wait waiting, List<Site> stack) {

    public ThreadSnapshot {
        holds = List.copyOf(holds);
        stack = List.copyOf(stack);
    }

    /** True when the thread waits, and its wait does not end by itself. */
    public boolean waitsForever() {
        return waiting != null && !waiting.timed();
    }
}
