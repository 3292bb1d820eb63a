package dev.weft.trace;

/**
 * A thread took a lock or monitor (possibly again, reentrantly).
 *
 * @param shared true for the read half of a read-write lock
 */
public record LockAcquired(long tid, long lock, int site, boolean shared) implements Event { }
