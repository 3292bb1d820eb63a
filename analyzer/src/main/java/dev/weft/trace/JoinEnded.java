package dev.weft.trace;

/**
 * A thread's join returned or threw.
 *
 * @param joined the id of the thread joined
 */
public record JoinEnded(long tid, long joined, int site) implements Event { }
