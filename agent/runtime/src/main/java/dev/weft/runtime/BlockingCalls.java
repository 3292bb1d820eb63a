package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import java.util.function.BooleanSupplier;

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
 * ({@link Weft#awaitsInstead}, {@link Weft#signalling}). Calls that wait in the JVM for another thread's call (a
 * {@code CyclicBarrier}'s or a {@code Phaser}'s await, an {@code Exchanger}'s exchange, a {@code SynchronousQueue}'s
 * or a {@code LinkedTransferQueue}'s hand-offs) are announced ({@link Weft#waitingCall}) with how many waiting
 * threads they release, so that the scheduler blocks the waiters in its model and brings the released ones back
 * before anything else runs (a timed one that the scheduler ends by its clock is interrupted, and returns or
 * throws as timed out: {@link Weft#timedOut()}); a {@code FutureTask}'s or a {@code CompletableFuture}'s {@code get}
 * and {@code join} wait until it is done, and an {@code awaitTermination} of a pool of {@link ModelledPools} until
 * it has terminated (of a fork/join pool, until its model has run its tasks); a {@code ForkJoinTask}'s
 * {@code fork} and {@code join} are the model's ({@link ForkJoinCalls}); a {@code StampedLock}'s blocking
 * {@code writeLock} and {@code readLock} calls are requests of its write or read view, which wait until its state lets
 * them through (no write lock, and for a writer no read lock either: it is not reentrant); its untimed tries and
 * conversions, and a {@code Semaphore}'s untimed {@code tryAcquire}, are points that never wait.
 * A queue whose state does not say whether a call blocks (a
 * queue of the application's own class) is called as it is.
 */
public final class BlockingCalls {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final List<Class<?>> RECEIVERS = List.of(CountDownLatch.class, Semaphore.class, BlockingDeque.class,
            BlockingQueue.class, Condition.class, CyclicBarrier.class, Phaser.class, Exchanger.class, ForkJoinTask.class,
            Future.class, ExecutorService.class, StampedLock.class);
    /** Sides of a waiting call (see {@link Listener#waitingCall}). */
    private static final int ALIKE = 0;
    private static final int GIVER = 1;
    private static final int TAKER = 2;
    private static final int RELEASES_ONLY = -1;

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
                // as called, or erased (a DelayQueue's take returns a Delayed, the stand-in an Object)
                for (MethodType called : List.of(type, type.erase())) {
                    try {
                        MethodHandle method = LOOKUP.findStatic(BlockingCalls.class, name,
                                called.changeParameterType(0, receiver).appendParameterTypes(int.class));
                        return MethodHandles.insertArguments(method, type.parameterCount(), site).asType(type);
                    } catch (NoSuchMethodException | IllegalAccessException e) {
                        // not a blocking call of this type: a deque's take is its queue's
                    }
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
        return !Weft.timedCall(latch, () -> latch.getCount() == 0, site) && latch.await(timeout, unit);
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
        return !Weft.timedCall(semaphore, () -> semaphore.availablePermits() >= permits, site)
                && semaphore.tryAcquire(permits, timeout, unit);
    }

    /** An untimed try never waits: a point before it, so that another thread may take the permits first. */
    public static boolean tryAcquire(Semaphore semaphore, int site) {
        Weft.callTrying(semaphore, site);
        return semaphore.tryAcquire();
    }

    public static boolean tryAcquire(Semaphore semaphore, int permits, int site) {
        Weft.callTrying(semaphore, site);
        return semaphore.tryAcquire(permits);
    }

    // ---- BlockingQueue, BlockingDeque --------------------------------------------------------

    public static Object take(BlockingQueue<Object> queue, int site) throws InterruptedException {
        if (queue instanceof DelayQueue<?> delays) {
            return takeDelayed(delays, site);
        }
        if (handsOver(queue)) {
            taking(queue, false, site);
            try {
                return queue.take();
            } finally {
                Weft.waitingCallEnded(queue, site);
            }
        }
        untilItem(queue, site);
        return queue.take();
    }

    public static void put(BlockingQueue<Object> queue, Object element, int site) throws InterruptedException {
        if (queue instanceof SynchronousQueue) {
            giving(queue, false, site);
            try {
                queue.put(element);
            } finally {
                Weft.waitingCallEnded(queue, site);
            }
            return;
        }
        untilRoom(queue, site);
        queue.put(element);
    }

    public static Object poll(BlockingQueue<Object> queue, long timeout, TimeUnit unit, int site) throws InterruptedException {
        if (handsOver(queue)) {
            boolean untimed = taking(queue, true, site);
            try {
                return untimed ? queue.take() : queue.poll(timeout, unit);
            } catch (InterruptedException e) {
                return timedOut(e, null);
            } finally {
                Weft.waitingCallEnded(queue, site);
            }
        }
        return itemInTime(queue, site) ? queue.poll(timeout, unit) : null;
    }

    public static boolean offer(BlockingQueue<Object> queue, Object element, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        if (queue instanceof SynchronousQueue) {
            boolean untimed = giving(queue, true, site);
            try {
                return untimed ? putFor(queue, element) : queue.offer(element, timeout, unit);
            } catch (InterruptedException e) {
                return timedOut(e, false);
            } finally {
                Weft.waitingCallEnded(queue, site);
            }
        }
        return roomInTime(queue, site) && queue.offer(element, timeout, unit);
    }

    public static void transfer(BlockingQueue<Object> queue, Object element, int site) throws InterruptedException {
        LinkedTransferQueue<Object> transfers = (LinkedTransferQueue<Object>) queue;
        giving(queue, false, site);
        try {
            transfers.transfer(element);
        } finally {
            Weft.waitingCallEnded(queue, site);
        }
    }

    public static boolean tryTransfer(BlockingQueue<Object> queue, Object element, long timeout, TimeUnit unit,
                                      int site) throws InterruptedException {
        LinkedTransferQueue<Object> transfers = (LinkedTransferQueue<Object>) queue;
        boolean untimed = giving(queue, true, site);
        try {
            if (untimed) {
                transfers.transfer(element);
                return true;
            }
            return transfers.tryTransfer(element, timeout, unit);
        } catch (InterruptedException e) {
            return timedOut(e, false);
        } finally {
            Weft.waitingCallEnded(queue, site);
        }
    }

    /** True for the queues whose calls hand an element straight to a waiting taker. */
    private static boolean handsOver(BlockingQueue<?> queue) {
        return queue instanceof SynchronousQueue || queue instanceof LinkedTransferQueue;
    }

    /** A giver releases a waiting taker, if there is one; true when the scheduler decides its timeout. */
    private static boolean giving(BlockingQueue<?> queue, boolean timed, int site) {
        return Weft.waitingCall(queue, GIVER, (givers, takers) -> takers > 0 ? 1 : 0, timed, site);
    }

    /**
     * A taker releases a waiting giver when the elements it finds are all waiting givers'; true when the
     * scheduler decides its timeout.
     */
    private static boolean taking(BlockingQueue<?> queue, boolean timed, int site) {
        return Weft.waitingCall(queue, TAKER, (takers, givers) -> givers > 0 && queue.size() <= givers ? 1 : 0, timed,
                site);
    }

    private static boolean putFor(BlockingQueue<Object> queue, Object element) throws InterruptedException {
        queue.put(element);
        return true;
    }

    public static Object takeFirst(BlockingDeque<Object> deque, int site) throws InterruptedException {
        untilItem(deque, site);
        return deque.takeFirst();
    }

    public static Object takeLast(BlockingDeque<Object> deque, int site) throws InterruptedException {
        untilItem(deque, site);
        return deque.takeLast();
    }

    public static void putFirst(BlockingDeque<Object> deque, Object element, int site) throws InterruptedException {
        untilRoom(deque, site);
        deque.putFirst(element);
    }

    public static void putLast(BlockingDeque<Object> deque, Object element, int site) throws InterruptedException {
        untilRoom(deque, site);
        deque.putLast(element);
    }

    public static Object pollFirst(BlockingDeque<Object> deque, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        return itemInTime(deque, site) ? deque.pollFirst(timeout, unit) : null;
    }

    public static Object pollLast(BlockingDeque<Object> deque, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        return itemInTime(deque, site) ? deque.pollLast(timeout, unit) : null;
    }

    public static boolean offerFirst(BlockingDeque<Object> deque, Object element, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        return roomInTime(deque, site) && deque.offerFirst(element, timeout, unit);
    }

    public static boolean offerLast(BlockingDeque<Object> deque, Object element, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        return roomInTime(deque, site) && deque.offerLast(element, timeout, unit);
    }

    private static void untilItem(BlockingQueue<?> queue, int site) {
        if (statesWhenItBlocks(queue)) {
            Weft.blockingCall(queue, () -> !queue.isEmpty(), false, site);
        }
    }

    private static void untilRoom(BlockingQueue<?> queue, int site) {
        if (statesWhenItBlocks(queue)) {
            Weft.blockingCall(queue, () -> queue.remainingCapacity() > 0, false, site);
        }
    }

    /** Until there is an item, or the scheduler times the call out: false then (the call returns as timed out). */
    private static boolean itemInTime(BlockingQueue<?> queue, int site) {
        return !statesWhenItBlocks(queue) || !Weft.timedCall(queue, () -> !queue.isEmpty(), site);
    }

    /** Until there is room, or the scheduler times the call out: false then (the call returns as timed out). */
    private static boolean roomInTime(BlockingQueue<?> queue, int site) {
        return !statesWhenItBlocks(queue) || !Weft.timedCall(queue, () -> queue.remainingCapacity() > 0, site);
    }

    /** True for the JDK queues whose size says whether a call blocks. */
    static boolean statesWhenItBlocks(BlockingQueue<?> queue) {
        return queue instanceof ArrayBlockingQueue || queue instanceof LinkedBlockingQueue
                || queue instanceof LinkedBlockingDeque || queue instanceof PriorityBlockingQueue;
    }

    /**
     * A {@code DelayQueue}'s take: blocked in the model until there is an element; an element whose delay
     * has not passed is a timed wait that the model ends (when no other thread can go on), and it is then
     * taken at once. A head that changes meanwhile (an element with a shorter delay) is looked at again.
     */
    private static Object takeDelayed(DelayQueue<?> queue, int site) throws InterruptedException {
        while (true) {
            Weft.blockingCall(queue, () -> !queue.isEmpty(), false, site);
            Delayed head = queue.peek();
            if (head == null || head.getDelay(TimeUnit.NANOSECONDS) <= 0) {
                return queue.take(); // its delay has passed (or the queue is not the scheduler's)
            }
            boolean delayEnded = Weft.blockingCall(queue, () -> queue.peek() != head, true, site);
            if (delayEnded && queue.remove(head)) {
                return head;
            }
            if (!delayEnded && queue.peek() == head) {
                return queue.take(); // not under the scheduler's control
            }
        }
    }

    // ---- StampedLock: a stamp request is made as a request of its read or write view (one lock to the scheduler)

    public static long writeLock(StampedLock lock, int site) {
        Weft.blockingCall(lock.asWriteLock(), writable(lock), false, site);
        return lock.writeLock();
    }

    public static long writeLockInterruptibly(StampedLock lock, int site) throws InterruptedException {
        Weft.blockingCall(lock.asWriteLock(), writable(lock), false, site);
        return lock.writeLockInterruptibly();
    }

    public static long tryWriteLock(StampedLock lock, long time, TimeUnit unit, int site) throws InterruptedException {
        return Weft.timedCall(lock.asWriteLock(), writable(lock), site) ? 0L : lock.tryWriteLock(time, unit);
    }

    public static long readLock(StampedLock lock, int site) {
        Weft.blockingCall(lock.asReadLock(), readable(lock), false, site);
        return lock.readLock();
    }

    public static long readLockInterruptibly(StampedLock lock, int site) throws InterruptedException {
        Weft.blockingCall(lock.asReadLock(), readable(lock), false, site);
        return lock.readLockInterruptibly();
    }

    public static long tryReadLock(StampedLock lock, long time, TimeUnit unit, int site) throws InterruptedException {
        return Weft.timedCall(lock.asReadLock(), readable(lock), site) ? 0L : lock.tryReadLock(time, unit);
    }

    /**
     * The untimed tries and the conversions never wait: a point before each, so that another thread may take the lock
     * first and the try fail (a conversion to a write stamp fails while another thread holds a read stamp).
     */
    public static long tryWriteLock(StampedLock lock, int site) {
        Weft.callTrying(lock, site);
        return lock.tryWriteLock();
    }

    public static long tryReadLock(StampedLock lock, int site) {
        Weft.callTrying(lock, site);
        return lock.tryReadLock();
    }

    public static long tryConvertToWriteLock(StampedLock lock, long stamp, int site) {
        Weft.callTrying(lock, site);
        return lock.tryConvertToWriteLock(stamp);
    }

    public static long tryConvertToReadLock(StampedLock lock, long stamp, int site) {
        Weft.callTrying(lock, site);
        return lock.tryConvertToReadLock(stamp);
    }

    /** When a write lock of {@code lock} is granted at once: nobody holds it in either mode. */
    private static BooleanSupplier writable(StampedLock lock) {
        return () -> !lock.isWriteLocked() && !lock.isReadLocked();
    }

    /** When a read lock of {@code lock} is granted at once: nobody holds its write lock. */
    private static BooleanSupplier readable(StampedLock lock) {
        return () -> !lock.isWriteLocked();
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
    static Object heldLockOf(Condition condition) {
        Object lock = SyncObjects.rootOf(condition);
        boolean held = lock instanceof ReentrantLock reentrant && reentrant.isHeldByCurrentThread()
                || lock instanceof ReentrantReadWriteLock.WriteLock write && write.isHeldByCurrentThread();
        return held ? lock : null;
    }

    // ---- CyclicBarrier, Phaser, Exchanger: calls that wait for one another ------------------

    public static int await(CyclicBarrier barrier, int site) throws InterruptedException, BrokenBarrierException {
        Weft.waitingCall(barrier, ALIKE, (waiting, none) -> trips(barrier) ? waiting : 0, false, site);
        try {
            return barrier.await();
        } finally {
            Weft.waitingCallEnded(barrier, site);
        }
    }

    public static int await(CyclicBarrier barrier, long timeout, TimeUnit unit, int site)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        boolean untimed = Weft.waitingCall(barrier, ALIKE, (waiting, none) -> trips(barrier) ? waiting : 0, true, site);
        try {
            return untimed ? barrier.await() : barrier.await(timeout, unit);
        } catch (InterruptedException e) {
            throw timedOut(e, new TimeoutException());
        } finally {
            Weft.waitingCallEnded(barrier, site);
        }
    }

    public static void reset(CyclicBarrier barrier, int site) {
        Weft.waitingCall(barrier, RELEASES_ONLY, (waiting, none) -> waiting, false, site); // the waiters are broken out
        try {
            barrier.reset();
        } finally {
            Weft.waitingCallEnded(barrier, site);
        }
    }

    private static boolean trips(CyclicBarrier barrier) {
        return !barrier.isBroken() && barrier.getNumberWaiting() + 1 == barrier.getParties();
    }

    public static int arriveAndAwaitAdvance(Phaser phaser, int site) {
        Weft.waitingCall(phaser, ALIKE, (waiting, none) -> advances(phaser) ? waiting : 0, false, site);
        try {
            return phaser.arriveAndAwaitAdvance();
        } finally {
            Weft.waitingCallEnded(phaser, site);
        }
    }

    public static int arrive(Phaser phaser, int site) {
        Weft.waitingCall(phaser, RELEASES_ONLY, (waiting, none) -> advances(phaser) ? waiting : 0, false, site);
        try {
            return phaser.arrive();
        } finally {
            Weft.waitingCallEnded(phaser, site);
        }
    }

    public static int arriveAndDeregister(Phaser phaser, int site) {
        Weft.waitingCall(phaser, RELEASES_ONLY, (waiting, none) -> advances(phaser) ? waiting : 0, false, site);
        try {
            return phaser.arriveAndDeregister();
        } finally {
            Weft.waitingCallEnded(phaser, site);
        }
    }

    public static int awaitAdvance(Phaser phaser, int phase, int site) {
        Weft.waitingCall(phaser, ALIKE, (waiting, none) -> 0, false, site);
        try {
            return phaser.awaitAdvance(phase);
        } finally {
            Weft.waitingCallEnded(phaser, site);
        }
    }

    public static int awaitAdvanceInterruptibly(Phaser phaser, int phase, int site) throws InterruptedException {
        Weft.waitingCall(phaser, ALIKE, (waiting, none) -> 0, false, site);
        try {
            return phaser.awaitAdvanceInterruptibly(phase);
        } finally {
            Weft.waitingCallEnded(phaser, site);
        }
    }

    public static int awaitAdvanceInterruptibly(Phaser phaser, int phase, long timeout, TimeUnit unit, int site)
            throws InterruptedException, TimeoutException {
        boolean untimed = Weft.waitingCall(phaser, ALIKE, (waiting, none) -> 0, true, site);
        try {
            return untimed ? phaser.awaitAdvanceInterruptibly(phase) : phaser.awaitAdvanceInterruptibly(phase, timeout, unit);
        } catch (InterruptedException e) {
            throw timedOut(e, new TimeoutException());
        } finally {
            Weft.waitingCallEnded(phaser, site);
        }
    }

    /** Whether an arrival now is the last of the phase, which advances it (releasing every waiter). */
    private static boolean advances(Phaser phaser) {
        return !phaser.isTerminated() && phaser.getUnarrivedParties() == 1;
    }

    public static Object exchange(Exchanger<Object> exchanger, Object x, int site) throws InterruptedException {
        Weft.waitingCall(exchanger, ALIKE, (waiting, none) -> waiting > 0 ? 1 : 0, false, site);
        try {
            return exchanger.exchange(x);
        } finally {
            Weft.waitingCallEnded(exchanger, site);
        }
    }

    public static Object exchange(Exchanger<Object> exchanger, Object x, long timeout, TimeUnit unit, int site)
            throws InterruptedException, TimeoutException {
        boolean untimed = Weft.waitingCall(exchanger, ALIKE, (waiting, none) -> waiting > 0 ? 1 : 0, true, site);
        try {
            return untimed ? exchanger.exchange(x) : exchanger.exchange(x, timeout, unit);
        } catch (InterruptedException e) {
            throw timedOut(e, new TimeoutException());
        } finally {
            Weft.waitingCallEnded(exchanger, site);
        }
    }

    /**
     * A timed waiting call interrupted: by the scheduler, which ended it by its clock (then the result is
     * {@code timedOut}: what the call returns, or the exception it throws, when its time is up), or by the
     * program (thrown again).
     */
    private static <T> T timedOut(InterruptedException e, T timedOut) throws InterruptedException {
        if (Weft.timedOut()) {
            return timedOut;
        }
        throw e;
    }

    // ---- Future, CompletableFuture -----------------------------------------------------------

    public static Object get(Future<Object> future, int site) throws InterruptedException, ExecutionException {
        untilDone(future, site);
        return future.get();
    }

    public static Object get(Future<Object> future, long timeout, TimeUnit unit, int site)
            throws InterruptedException, ExecutionException, TimeoutException {
        boolean proceeds = future instanceof ForkJoinTask<?> task ? !ForkJoinCalls.helpOrWait(task, true, site)
                : !waitsForOthers(future)
                        || !Weft.timedCall(ModelledScheduledThreadPoolExecutor.jdkTask(future), future::isDone, site);
        if (!proceeds) {
            throw new TimeoutException();
        }
        return future.get(timeout, unit);
    }

    public static Object join(Future<Object> future, int site) {
        untilDone(future, site);
        return future instanceof CompletableFuture<Object> completable ? completable.join()
                : ((ForkJoinTask<Object>) future).join();
    }

    /** {@code cancel(true)} interrupts the task's runner: the model learns it first ({@link Cancellations}). */
    public static boolean cancel(Future<Object> future, boolean mayInterruptIfRunning, int site) {
        return Cancellations.cancel(future, mayInterruptIfRunning, site);
    }

    /** A timeout of the future in the model's virtual time ({@link DelayedStages}). */
    public static CompletableFuture<Object> orTimeout(Future<Object> future, long timeout, TimeUnit unit, int site) {
        return DelayedStages.orTimeout((CompletableFuture<Object>) future, timeout, unit, site);
    }

    /** A timeout of the future in the model's virtual time ({@link DelayedStages}). */
    public static CompletableFuture<Object> completeOnTimeout(Future<Object> future, Object value, long timeout,
                                                              TimeUnit unit, int site) {
        return DelayedStages.completeOnTimeout((CompletableFuture<Object>) future, value, timeout, unit, site);
    }

    private static void untilDone(Future<?> future, int site) {
        if (future instanceof ForkJoinTask<?> task) {
            ForkJoinCalls.helpOrWait(task, false, site); // run here if still queued, as a worker helps
        } else if (waitsForOthers(future)) {
            Weft.blockingCall(ModelledScheduledThreadPoolExecutor.jdkTask(future), future::isDone, false, site);
        }
    }

    // ---- ForkJoinTask: queued and run in the model (see ForkJoinCalls) -----------------------

    public static ForkJoinTask<?> fork(ForkJoinTask<?> task, int site) {
        return ForkJoinCalls.fork(task, site);
    }

    public static Object invoke(ForkJoinTask<?> task, int site) {
        return ForkJoinCalls.invoke(task, false, site);
    }

    public static void quietlyInvoke(ForkJoinTask<?> task, int site) {
        ForkJoinCalls.invoke(task, true, site);
    }

    public static void quietlyJoin(ForkJoinTask<?> task, int site) {
        ForkJoinCalls.helpOrWait(task, false, site);
        task.quietlyJoin();
    }

    /** {@code helpComplete} of a completer: the model's queued tasks it helps with ({@link ForkJoinCalls}). */
    public static void helpComplete(ForkJoinTask<?> task, int maxTasks, int site) {
        if (task instanceof CountedCompleter<?> completer && ForkJoinCalls.isModelled(task)) {
            ForkJoinCalls.helpComplete(completer, maxTasks, site);
        } else {
            ((CountedCompleter<?>) task).helpComplete(maxTasks);
        }
    }

    /** {@code awaitQuiescence} of a fork/join pool whose tasks run in the model ({@link ForkJoinCalls}). */
    public static boolean awaitQuiescence(ExecutorService pool, long timeout, TimeUnit unit, int site) {
        Boolean quiescent = ForkJoinCalls.awaitQuiescence((ForkJoinPool) pool, site);
        return quiescent != null ? quiescent : ((ForkJoinPool) pool).awaitQuiescence(timeout, unit);
    }

    /**
     * True for the futures whose {@code get} only waits for another thread to complete them: not a
     * {@code ForkJoinTask}, whose {@code join} and {@code get} may run the task itself.
     */
    private static boolean waitsForOthers(Future<?> future) {
        return future instanceof FutureTask || future instanceof CompletableFuture
                || future instanceof ModelledScheduledThreadPoolExecutor.VirtualTask;
    }

    // ---- ExecutorService ---------------------------------------------------------------------

    public static boolean awaitTermination(ExecutorService pool, long timeout, TimeUnit unit, int site)
            throws InterruptedException {
        BooleanSupplier terminated = ModelledPools.isModelled(pool) ? pool::isTerminated : ForkJoinCalls.terminated(pool);
        boolean proceeds = terminated == null || !Weft.timedCall(pool, terminated, site);
        return proceeds && pool.awaitTermination(timeout, unit);
    }

    /**
     * {@code close()} (JDK 19 and later) of a pool of {@link ModelledPools}: shut down, then wait in the model until
     * it has terminated (the JDK's waits inside its own code); of another executor, as it is.
     */
    public static void close(ExecutorService pool, int site) throws Exception {
        if (ModelledPools.isModelled(pool)) {
            pool.shutdown();
            Weft.blockingCall(pool, pool::isTerminated, false, site);
        }
        ((AutoCloseable) pool).close();
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
