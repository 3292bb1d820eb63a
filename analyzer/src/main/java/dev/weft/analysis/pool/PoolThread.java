package dev.weft.analysis.pool;

import dev.weft.trace.Site;
import java.util.List;

/**
 * One live thread of the program at one moment.
 *
 * @param tid          the thread's id
 * @param name         its name
 * @param waitsForever true when it waits with no timeout ({@code Future.get()}, {@code await()}, {@code join()}, a
 *                     monitor or lock it is blocked on); false when it runs or its wait ends by itself
 * @param awaited      what it waits for, or {@code null} when it does not wait forever
 * @param stack        its stack, innermost frame first (empty when not known)
 */
public record PoolThread(long tid, String name, boolean waitsForever, Awaited awaited, List<Site> stack) {

    public PoolThread {
        stack = List.copyOf(stack);
    }

    /** A thread that may still act: it runs, or its wait ends by itself. */
    public static PoolThread goingOn(long tid, String name) {
        return new PoolThread(tid, name, false, null, List.of());
    }

    /** Where it waits: the innermost frame of its stack. */
    Site waitSite() {
        return stack.isEmpty() ? Site.UNKNOWN : stack.get(0);
    }
}
