package dev.weft.trace;

/** A thread stopped asking for a lock without getting it: a timed {@code tryLock} failed, or it was interrupted. */
public record LockNotAcquired(long tid, long lock, int site) implements Event { }
