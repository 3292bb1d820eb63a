package dev.weft.trace;

/**
 * Inside an application subclass of {@code ReentrantLock}, its {@code super.lock()} (or a successful
 * {@code tryLock}) returned: the lock is held from here on, for the race detector, though the override's own
 * {@link LockAcquired} comes when it returns. The wait-for and lock-order analyses ignore it.
 */
public record SuperLockAcquired(long tid, long lock) implements Event { }
