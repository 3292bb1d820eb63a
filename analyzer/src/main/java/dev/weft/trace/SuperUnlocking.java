package dev.weft.trace;

/** Inside such a subclass's {@code unlock()} ({@link SuperLockAcquired}): its {@code super.unlock()} is about to release the lock. */
public record SuperUnlocking(long tid, long lock) implements Event { }
