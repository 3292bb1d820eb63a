package dev.weft.trace;

/**
 * A thread asked for a lock or monitor and may now block until it gets it.
 *
 * @param shared true for the read half of a read-write lock
 * @param timed  true when the wait ends by itself ({@code tryLock(time, unit)})
 */
public record LockRequested(long tid, long lock, int site, boolean shared, boolean timed) implements Event { }
