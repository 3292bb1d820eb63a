package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.locks.StampedLock;

/**
 * What a {@code StampedLock}'s calls mean for the wait-for graph: which mode a thread asks for, takes, or gives
 * up ({@link Listener#stampRequested} and the others), so that a thread waiting for a write lock while it holds a
 * read stamp of the same lock (it is not reentrant) is seen waiting for itself, as a read lock's holder that asks
 * for its {@code ReentrantReadWriteLock}'s write lock is. The calls themselves are left as they are.
 */
final class StampedLockCalls {

    private static final MethodHandle REQUESTED;
    private static final MethodHandle ENDED;
    private static final MethodHandle TRIED;
    private static final MethodHandle RELEASING;
    private static final MethodHandle UNLOCKED;
    private static final MethodHandle CONVERTED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            REQUESTED = lookup.findStatic(StampedLockCalls.class, "requested",
                    MethodType.methodType(void.class, Object.class, boolean.class, boolean.class, int.class));
            ENDED = lookup.findStatic(StampedLockCalls.class, "ended",
                    MethodType.methodType(long.class, Throwable.class, long.class, Object.class, boolean.class, int.class));
            TRIED = lookup.findStatic(StampedLockCalls.class, "tried",
                    MethodType.methodType(long.class, Throwable.class, long.class, Object.class, boolean.class, int.class));
            RELEASING = lookup.findStatic(StampedLockCalls.class, "releasing",
                    MethodType.methodType(void.class, Object.class, long.class, int.class));
            UNLOCKED = lookup.findStatic(StampedLockCalls.class, "unlocked",
                    MethodType.methodType(boolean.class, Throwable.class, boolean.class, Object.class, boolean.class, int.class));
            CONVERTED = lookup.findStatic(StampedLockCalls.class, "converted",
                    MethodType.methodType(long.class, Throwable.class, long.class, Object.class, long.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StampedLockCalls() { }

    /**
     * {@code call}, a call on a {@code StampedLock} (the lock first), with the hooks of its meaning for the
     * wait-for graph: before a blocking request, the request; after it, whether it took the lock; before an
     * unlock, the release; after a conversion or a try, what changed. Other calls are returned as they are.
     */
    static MethodHandle withWaitForHooks(MethodHandle call, String name, int site) {
        MethodType type = call.type();
        Class<?> lock = type.parameterType(0);
        int arity = type.parameterCount();
        boolean write = name.startsWith("write") || name.contains("Write"); // writeLock, tryWriteLock, tryUnlockWrite
        switch (name) {
            case "readLock", "writeLock", "readLockInterruptibly", "writeLockInterruptibly", "tryReadLock", "tryWriteLock" -> {
                boolean timed = arity == 3;
                if (name.startsWith("try") && !timed) {
                    return MethodHandles.tryFinally(call, after(TRIED, write, site, type));
                }
                MethodHandle before = MethodHandles.insertArguments(REQUESTED, 1, write, timed, site)
                        .asType(MethodType.methodType(void.class, lock));
                MethodHandle requested = MethodHandles.foldArguments(call, MethodHandles.dropArguments(before, 1,
                        type.parameterList().subList(1, arity)));
                return MethodHandles.tryFinally(requested, after(ENDED, write, site, type));
            }
            case "unlockRead", "unlockWrite", "unlock" -> {
                MethodHandle before = MethodHandles.insertArguments(RELEASING, 2, site)
                        .asType(MethodType.methodType(void.class, lock, long.class));
                return MethodHandles.foldArguments(call, before);
            }
            case "tryUnlockRead", "tryUnlockWrite" -> {
                MethodHandle after = MethodHandles.insertArguments(UNLOCKED, 3, write, site)
                        .asType(MethodType.methodType(boolean.class, Throwable.class, boolean.class, lock));
                return MethodHandles.tryFinally(call, after);
            }
            case "tryConvertToWriteLock", "tryConvertToReadLock", "tryConvertToOptimisticRead" -> {
                MethodHandle after = MethodHandles.insertArguments(CONVERTED, 4, site)
                        .asType(MethodType.methodType(long.class, Throwable.class, long.class, lock, long.class));
                return MethodHandles.tryFinally(call, after);
            }
            default -> {
                return call;
            }
        }
    }

    private static MethodHandle after(MethodHandle hook, boolean write, int site, MethodType type) {
        MethodHandle after = MethodHandles.insertArguments(hook, 3, write, site)
                .asType(MethodType.methodType(long.class, Throwable.class, long.class, type.parameterType(0)));
        return MethodHandles.dropArguments(after, 3, type.parameterList().subList(1, type.parameterCount()));
    }

    private static void requested(Object lock, boolean write, boolean timed, int site) {
        Weft.stampRequested(lock, write, site, timed);
    }

    /** After a request: whether it took the lock (a timed one may return no stamp, an interruptible one throw). */
    private static long ended(Throwable thrown, long stamp, Object lock, boolean write, int site) {
        if (thrown == null && stamp != 0L) {
            Weft.stampAcquired(lock, write, site);
        } else {
            Weft.stampNotAcquired(lock, site);
        }
        return stamp;
    }

    /** After a try that does not wait: the lock taken when it returned a stamp. */
    private static long tried(Throwable thrown, long stamp, Object lock, boolean write, int site) {
        if (thrown == null && stamp != 0L) {
            Weft.stampAcquired(lock, write, site);
        }
        return stamp;
    }

    /** Before an unlock: the mode its stamp holds (an optimistic stamp holds none). */
    private static void releasing(Object lock, long stamp, int site) {
        if (StampedLock.isWriteLockStamp(stamp) || StampedLock.isReadLockStamp(stamp)) {
            Weft.stampReleasing(lock, StampedLock.isWriteLockStamp(stamp), site);
        }
    }

    private static boolean unlocked(Throwable thrown, boolean unlocked, Object lock, boolean write, int site) {
        if (thrown == null && unlocked) {
            Weft.stampReleasing(lock, write, site);
        }
        return unlocked;
    }

    /** After a conversion that succeeded: the mode of the stamp given up, the mode of the stamp returned. */
    private static long converted(Throwable thrown, long converted, Object lock, long stamp, int site) {
        if (thrown != null || converted == 0L || converted == stamp) {
            return converted;
        }
        boolean fromWrite = StampedLock.isWriteLockStamp(stamp);
        boolean fromRead = StampedLock.isReadLockStamp(stamp);
        boolean toWrite = StampedLock.isWriteLockStamp(converted);
        boolean toRead = StampedLock.isReadLockStamp(converted);
        if ((fromWrite || fromRead) && (fromWrite != toWrite || fromRead != toRead)) {
            Weft.stampReleasing(lock, fromWrite, site);
        }
        if ((toWrite || toRead) && (fromWrite != toWrite || fromRead != toRead)) {
            Weft.stampAcquired(lock, toWrite, site);
        }
        return converted;
    }
}
