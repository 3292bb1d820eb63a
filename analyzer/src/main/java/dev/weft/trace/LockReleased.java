package dev.weft.trace;

/**
 * A thread released one hold of a lock or monitor.
 *
 * @param shared true for the read half of a read-write lock
 */
public record LockReleased(long tid, long lock, int site, boolean shared) implements Event { }
