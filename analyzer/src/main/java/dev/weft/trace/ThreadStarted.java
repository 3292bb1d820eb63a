package dev.weft.trace;

/**
 * A thread started another one ({@code Thread.start}): what it did before happens before all the child does.
 *
 * @param child the id of the thread started
 */
public record ThreadStarted(long tid, long child) implements Event { }
