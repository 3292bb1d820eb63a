package dev.weft.trace;

/**
 * A thread began to join another one, and waits until that one ends.
 *
 * @param joined the id of the thread joined
 * @param timed  true for {@code join(millis)}
 */
public record JoinRequested(long tid, long joined, int site, boolean timed) implements Event { }
