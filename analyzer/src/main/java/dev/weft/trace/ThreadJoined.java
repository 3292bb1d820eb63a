package dev.weft.trace;

/**
 * A thread's join returned because the joined thread had ended: all that thread did happens before what
 * the joiner does next. (Unlike {@link JoinEnded}, which a timeout or an interrupt also ends.)
 *
 * @param joined the id of the thread joined
 */
public record ThreadJoined(long tid, long joined) implements Event { }
