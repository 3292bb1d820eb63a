package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The blocking {@code java.util.concurrent} calls of a controlled run: before the call, the thread stops
 * at a scheduling point ({@link Weft#blockingCall}) where the scheduler holds it until the call can proceed
 * without blocking (a latch at zero, a free permit, an item or room in a queue), so that the scheduler, not
 * the JVM, decides who goes on and in what order; a timed call the scheduler times out is made with a
 * zero timeout. Outside controlled runs these methods are not linked.
 *
 * <p>Each public method stands in for the JDK method of the same name on the type of its first parameter
 * (see {@link #modelled}); {@code park*} replace the {@code LockSupport} calls, whose permits the scheduler
 * keeps ({@link Weft#parksInstead}); the {@code await*} and {@code signal*} of a {@code Condition} whose lock the
 * scheduler owns (a {@code ReentrantLock}'s or a write lock's, held by the thread) are its waits and notifies
 * ({@link Weft#awaitsInstead}, {@link Weft#signalling}). A queue whose state does not say whether a call blocks (a
 * {@code SynchronousQueue}, a {@code DelayQueue}, an application's own) is called as it is.
 */
public final class BlockingCalls {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final List<Class<?>> RECEIVERS = List.of(CountDownLatch.class, Semaphore.class, BlockingQueue.class,
            Condition.class);

    private BlockingCalls() { }

    /**
     * The method that stands in for {@code name} of the call's type (receiver first) at {@code site}, as a
     * handle of that type; {@code null} when the call is not a modelled blocking call.
     */
    static MethodHandle modelled(String name, MethodType type, int site) {
        if (type.parameterCount() == 0) {
            return null;
        }
        for (Class<?> receiver : RECEIVERS) {
            if (receiver.isAssignableFrom(type.parameterType(0))) {
                try {
                    MethodHandle method = LOOKUP.findStatic(BlockingCalls.class, name,
                            type.changeParameterType(0, receiver).appendParameterTypes(int.class));
                    return MethodHandles.insertArguments(method, type.parameterCount(), site).asType(type);
                } catch (NoSuchMethodException | IllegalAccessException e) {
                    return null;
                }
            }
        }
        return null;
    }

    // ---- CountDownLatch ----------------------------------------------------------------------

    public static void await(CountDownLatch latch, int site) throws InterruptedException {
        Weft.blockingCall(latch, () -> latch.getCount() == 0, false, site);
        latch.await();
    }

    public static boolean await(CountDownLatch latch, long timeout, TimeUnit unit, int site) throws InterruptedException {
        boolean proceeds = !Weft.blockingCall(latch, () -> latch.getCount() == 0, true, site);
        return latch.await(proceeds ? timeout : 0, unit);
    }

    // ---- Semaphore ---------------------------------------------------------------------------

    public static void acquire(Semaphore semaphore, int site) throws InterruptedException {
        acquire(semaphore, 1, site);
    }

    public static void acquire(Semaphore semaphore, int permits, int site) throws InterruptedException {
        Weft.blockingCall(semaphore, () -> semaphore.availablePermits() >= permits, false, site);
        semaphore.acquire(permits);
    }

    public static void acquireUninterruptibly(Semaphore semaphore, int site) {
        acquireUninterruptibly(semaphore, 1, site);
    }

    public static void acquireUninterruptibly(Semaphore semaphore, int permits, int site) {
        Weft.blockingCall(semaphore, () -> semaphore.availablePermits() >= permits, false, site);
        semaphore.acquireUninterruptibly(permits);
    }

    public static boolean tryAcquire(Semaphore semaphore, long timeout, TimeUnit unit, int site) throws InterruptedException {
        return tryAcquire(semaphore, 1, timeout, unit, site);
    }

    public static boolean tryAcquire(Semaphore semaphore, int permits, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        boolean proceeds = !Weft.blockingCall(semaphore, () -> semaphore.availablePermits() >= permits, true, site);
        return semaphore.tryAcquire(permits, proceeds ? timeout : 0, unit);
    }

    // ---- BlockingQueue -----------------------------------------------------------------------

    public static Object take(BlockingQueue<Object> queue, int site) throws InterruptedException {
        if (statesWhenItBlocks(queue)) {
            Weft.blockingCall(queue, () -> !queue.isEmpty(), false, site);
        }
        return queue.take();
    }

    public static void put(BlockingQueue<Object> queue, Object element, int site) throws InterruptedException {
        if (statesWhenItBlocks(queue)) {
            Weft.blockingCall(queue, () -> queue.remainingCapacity() > 0, false, site);
        }
        queue.put(element);
    }

    public static Object poll(BlockingQueue<Object> queue, long timeout, TimeUnit unit, int site) throws InterruptedException {
        boolean proceeds = !statesWhenItBlocks(queue) || !Weft.blockingCall(queue, () -> !queue.isEmpty(), true, site);
        return queue.poll(proceeds ? timeout : 0, unit);
    }

    public static boolean offer(BlockingQueue<Object> queue, Object element, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        boolean proceeds = !statesWhenItBlocks(queue)
                || !Weft.blockingCall(queue, () -> queue.remainingCapacity() > 0, true, site);
        return queue.offer(element, proceeds ? timeout : 0, unit);
    }

    /** True for the JDK queues whose size says whether a call blocks. */
    private static boolean statesWhenItBlocks(BlockingQueue<?> queue) {
        return queue instanceof ArrayBlockingQueue || queue instanceof LinkedBlockingQueue
                || queue instanceof LinkedBlockingDeque || queue instanceof PriorityBlockingQueue;
    }

    // ---- Condition ---------------------------------------------------------------------------

    public static void await(Condition condition, int site) throws InterruptedException {
        if (awaitsInstead(condition, false, true, site) == null) {
            condition.await();
        }
    }

    public static boolean await(Condition condition, long time, TimeUnit unit, int site) throws InterruptedException {
        Boolean signalled = awaitsInstead(condition, true, true, site);
        return signalled == null ? condition.await(time, unit) : signalled;
    }

    public static long awaitNanos(Condition condition, long nanos, int site) throws InterruptedException {
        Boolean signalled = awaitsInstead(condition, true, true, site);
        return signalled == null ? condition.awaitNanos(nanos) : signalled ? Math.max(nanos, 1) : 0;
    }

    public static boolean awaitUntil(Condition condition, Date deadline, int site) throws InterruptedException {
        Boolean signalled = awaitsInstead(condition, true, true, site);
        return signalled == null ? condition.awaitUntil(deadline) : signalled;
    }

    public static void awaitUninterruptibly(Condition condition, int site) {
        try {
            if (awaitsInstead(condition, false, false, site) != null) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not thrown by an uninterruptible wait: kept for the program
            return;
        }
        condition.awaitUninterruptibly();
    }

    public static void signal(Condition condition, int site) {
        Object lock = heldLockOf(condition);
        if (lock != null) {
            Weft.signalling(condition, lock, false, site);
        }
        condition.signal();
    }

    public static void signalAll(Condition condition, int site) {
        Object lock = heldLockOf(condition);
        if (lock != null) {
            Weft.signalling(condition, lock, true, site);
        }
        condition.signalAll();
    }

    private static Boolean awaitsInstead(Condition condition, boolean timed, boolean interruptible, int site)
            throws InterruptedException {
        Object lock = heldLockOf(condition);
        return lock == null ? null : Weft.awaitsInstead(condition, lock, timed, interruptible, site);
    }

    /**
     * The lock of {@code condition} when the scheduler owns it and the thread holds it: a {@code ReentrantLock}
     * or a write lock whose {@code newCondition} weft saw; else {@code null} (the call is made as it is, and
     * throws if the lock is not held).
     */
    private static Object heldLockOf(Condition condition) {
        Object lock = SyncObjects.rootOf(condition);
        boolean held = lock instanceof ReentrantLock reentrant && reentrant.isHeldByCurrentThread()
                || lock instanceof ReentrantReadWriteLock.WriteLock write && write.isHeldByCurrentThread();
        return held ? lock : null;
    }

    // ---- LockSupport -------------------------------------------------------------------------

    public static void park(int site) {
        if (!Weft.parksInstead(false, site)) {
            LockSupport.park();
        }
    }

    public static void park(Object blocker, int site) {
        if (!Weft.parksInstead(false, site)) {
            LockSupport.park(blocker);
        }
    }

    public static void parkNanos(long nanos, int site) {
        if (!Weft.parksInstead(true, site)) {
            LockSupport.parkNanos(nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos, int site) {
        if (!Weft.parksInstead(true, site)) {
            LockSupport.parkNanos(blocker, nanos);
        }
    }

    public static void parkUntil(long deadline, int site) {
        if (!Weft.parksInstead(true, site)) {
            LockSupport.parkUntil(deadline);
        }
    }

    public static void parkUntil(Object blocker, long deadline, int site) {
        if (!Weft.parksInstead(true, site)) {
            LockSupport.parkUntil(blocker, deadline);
        }
    }
}
