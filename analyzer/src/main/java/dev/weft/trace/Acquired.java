package dev.weft.trace;

/**
 * A thread received what others handed off through a synchronizer (a queue's take, a latch's await
 * returning, a future's get): see {@link Released}.
 *
 * @param sync the id of the object handed through
 */
public record Acquired(long tid, long sync) implements Event { }
