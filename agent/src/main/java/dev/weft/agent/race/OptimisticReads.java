package dev.weft.agent.race;

/**
 * The {@code StampedLock}s a thread is in an optimistic read of, each from its {@code tryOptimisticRead} (or
 * {@code tryConvertToOptimisticRead}) to the thread's next call on that lock ({@code validate}, {@code readLock}...):
 * the thread's reads are not checked while there is one. Usually one; an optimistic read nested in the window of
 * another (a network under one lock, each of its lines under a lock of its own) makes two, and the inner one's
 * {@code validate} does not end the outer one. A thread that gives up more than {@link #MOST} without another call
 * on them ends the oldest. Owned by its thread.
 */
public final class OptimisticReads {

    /** How many open optimistic reads a thread keeps. */
    static final int MOST = 4;

    private final Object[] locks = new Object[MOST];
    private int open;

    /** The thread began an optimistic read of {@code lock}. */
    public void began(Object lock) {
        if (indexOf(lock) < 0) {
            if (open == MOST) {
                System.arraycopy(locks, 1, locks, 0, MOST - 1);
                open--;
            }
            locks[open++] = lock;
        }
    }

    /** The thread called {@code lock}, which ends its optimistic read of it, if any; whether one is still open. */
    public boolean ended(Object lock) {
        int i = indexOf(lock);
        if (i >= 0) {
            System.arraycopy(locks, i + 1, locks, i, open - i - 1);
            locks[--open] = null;
        }
        return open != 0;
    }

    /** Whether the thread is in an optimistic read of any lock. */
    public boolean open() {
        return open != 0;
    }

    private int indexOf(Object lock) {
        for (int i = 0; i < open; i++) {
            if (locks[i] == lock) {
                return i;
            }
        }
        return -1;
    }
}
