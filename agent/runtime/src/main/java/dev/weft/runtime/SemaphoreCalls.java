package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What a {@code Semaphore}'s calls mean for the wait-for graph: a thread asks for a permit, takes one, or gives one
 * back ({@link Listener#semaphoreRequested} and the others), so that a semaphore of one permit used as a mutex (taken
 * and given back by the same thread) can be seen as a lock its permit's taker holds. A call with a number of permits
 * other than one, and {@code drainPermits}, are told as {@link Listener#semaphoreUnpaired}: such a semaphore is no
 * mutex. The calls themselves are made as they are.
 *
 * <p>Each public method stands in for the {@code Semaphore} method of the same name, the site last
 * ({@link #withWaitForHooks}).
 */
final class SemaphoreCalls {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private SemaphoreCalls() { }

    /**
     * {@code call}, a call of {@code name} on a {@code Semaphore} (the receiver first), with the hooks of its meaning for
     * the wait-for graph; other calls are returned as they are.
     */
    static MethodHandle withWaitForHooks(MethodHandle call, String name, int site) {
        MethodType type = call.type();
        if (type.parameterCount() == 0 || !Semaphore.class.isAssignableFrom(type.parameterType(0))) {
            return call;
        }
        try {
            MethodHandle hooked = LOOKUP.findStatic(SemaphoreCalls.class, name,
                    type.changeParameterType(0, Semaphore.class).appendParameterTypes(int.class));
            return MethodHandles.insertArguments(hooked, type.parameterCount(), site).asType(type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return call; // availablePermits(), toString()...: nothing to tell
        }
    }

    public static void acquire(Semaphore semaphore, int site) throws InterruptedException {
        Weft.semaphoreRequested(semaphore, site, false);
        boolean took = false;
        try {
            semaphore.acquire();
            took = true;
        } finally {
            ended(semaphore, took, site);
        }
    }

    public static void acquire(Semaphore semaphore, int permits, int site) throws InterruptedException {
        if (permits == 1) {
            acquire(semaphore, site);
            return;
        }
        Weft.semaphoreUnpaired(semaphore, site);
        semaphore.acquire(permits);
    }

    public static void acquireUninterruptibly(Semaphore semaphore, int site) {
        Weft.semaphoreRequested(semaphore, site, false);
        boolean took = false;
        try {
            semaphore.acquireUninterruptibly();
            took = true;
        } finally {
            ended(semaphore, took, site);
        }
    }

    public static void acquireUninterruptibly(Semaphore semaphore, int permits, int site) {
        if (permits == 1) {
            acquireUninterruptibly(semaphore, site);
            return;
        }
        Weft.semaphoreUnpaired(semaphore, site);
        semaphore.acquireUninterruptibly(permits);
    }

    public static boolean tryAcquire(Semaphore semaphore, int site) {
        boolean took = semaphore.tryAcquire();
        if (took) {
            Weft.semaphoreAcquired(semaphore, site);
        }
        return took;
    }

    public static boolean tryAcquire(Semaphore semaphore, int permits, int site) {
        if (permits == 1) {
            return tryAcquire(semaphore, site);
        }
        Weft.semaphoreUnpaired(semaphore, site);
        return semaphore.tryAcquire(permits);
    }

    /** A timed wait ends by itself: never part of a deadlock, but the permit it takes is held. */
    public static boolean tryAcquire(Semaphore semaphore, long timeout, TimeUnit unit, int site) throws InterruptedException {
        Weft.semaphoreRequested(semaphore, site, true);
        boolean took = false;
        try {
            took = semaphore.tryAcquire(timeout, unit);
        } finally {
            ended(semaphore, took, site);
        }
        return took;
    }

    public static boolean tryAcquire(Semaphore semaphore, int permits, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        if (permits == 1) {
            return tryAcquire(semaphore, timeout, unit, site);
        }
        Weft.semaphoreUnpaired(semaphore, site);
        return semaphore.tryAcquire(permits, timeout, unit);
    }

    public static void release(Semaphore semaphore, int site) {
        Weft.semaphoreReleasing(semaphore, site);
        semaphore.release();
    }

    public static void release(Semaphore semaphore, int permits, int site) {
        if (permits == 1) {
            release(semaphore, site);
            return;
        }
        Weft.semaphoreUnpaired(semaphore, site);
        semaphore.release(permits);
    }

    public static int drainPermits(Semaphore semaphore, int site) {
        Weft.semaphoreUnpaired(semaphore, site);
        return semaphore.drainPermits();
    }

    private static void ended(Semaphore semaphore, boolean took, int site) {
        if (took) {
            Weft.semaphoreAcquired(semaphore, site);
        } else {
            Weft.semaphoreNotAcquired(semaphore, site);
        }
    }
}
