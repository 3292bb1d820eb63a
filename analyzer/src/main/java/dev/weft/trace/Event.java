package dev.weft.trace;

/**
 * A fact about one thread's synchronization or memory access, in the order the thread performed it.
 *
 * <p>Events name things by primitive ids only, so a trace outlives the JVM that produced it: {@code tid}
 * a thread, {@code lock} a lock or monitor (one id for both halves of a read-write lock, which the
 * {@code shared} flag tells apart), {@code obj} an object or array, {@code field} a field, {@code sync}
 * any other synchronizer, {@code site} a place in the code.
 */
public sealed interface Event
        permits LockRequested, LockAcquired, LockReleased, LockNotAcquired, WaitBegan, WaitEnded,
                JoinRequested, JoinEnded, ThreadStarted, ThreadJoined,
                FieldRead, FieldWritten, ArrayRead, ArrayWritten, VolatileRead, VolatileWritten,
                Released, Acquired, ClassInitStarted, ClassInitEnded, ElementsAccessed,
                ContentsAccessed, SuperLockAcquired, SuperUnlocking {

    /** The thread the event happened on. */
    long tid();
}
