package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * The static facade that instrumented code calls: the only entry point from application classes.
 *
 * <p>Instrumentation rewrites a {@code monitorenter} into {@link #beforeMonitorEnter}, the
 * instruction, {@link #afterMonitorEnter}; and a call such as {@code lock.lock()} into
 * {@code Weft.lock(lock, site)}, which performs the call between the two events; calls that hand data
 * between threads through the JDK's concurrency library are linked by {@link HandOffCalls}, which reports
 * them through {@link #releasing} and {@link #acquired}. The facade hands each
 * event to the installed {@link Listener}. It never throws into the application: a listener that fails
 * is replaced by {@link Listener#NOOP} after one warning line, and the program goes on as if weft were
 * not there.
 *
 * <p><b>Important</b>: this class lives on the bootstrap class path, so that every class loader sees the
 * same copy. It depends on the JDK only; a second copy on an application class path would be a second,
 * silent set of statics.
 */
public final class Weft {

    private static volatile Listener listener = Listener.NOOP;
    /** What the memory access hooks call: the installed listener's {@link Listener#memoryListener}. */
    private static volatile Listener memory = Listener.NOOP;

    private Weft() { }

    /** Installs the listener that receives all events from now on. */
    public static void install(Listener newListener) {
        Listener installed = newListener == null ? Listener.NOOP : newListener;
        memory = installed.memoryListener();
        listener = installed;
    }

    /** The installed listener ({@link Listener#NOOP} when none is, or after a failure). */
    public static Listener listener() {
        return listener;
    }

    private static void failed(Listener failing, Throwable t) {
        if (listener == failing || memory == failing) {
            listener = Listener.NOOP;
            memory = Listener.NOOP;
            try {
                System.err.println("weft: internal error, detection disabled for the rest of this run: " + t);
            } catch (Throwable ignored) {
                // nothing more can be done without risking the application
            }
        }
    }

    // ---- monitors --------------------------------------------------------------------------

    /** Before {@code monitorenter}, or on entry to a {@code synchronized} method. */
    public static void beforeMonitorEnter(Object monitor, int site) {
        Listener l = listener;
        if (monitor == null) {
            return;
        }
        try {
            l.monitorEnterRequested(monitor, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After {@code monitorenter}. */
    public static void afterMonitorEnter(Object monitor, int site) {
        Listener l = listener;
        try {
            l.monitorEntered(monitor, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before {@code monitorexit}, or before a {@code synchronized} method returns or throws. */
    public static void beforeMonitorExit(Object monitor, int site) {
        Listener l = listener;
        if (monitor == null) {
            return;
        }
        try {
            l.monitorExiting(monitor, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a call a synchronized wrapper makes holding {@code mutex}, in a plain run ({@link Listener#wrapperLockTaking}). */
    static void wrapperLockTaking(Object mutex, int site) {
        Listener l = listener;
        try {
            l.wrapperLockTaking(mutex, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After that call returned or threw ({@link Listener#wrapperLockReleased}). */
    static void wrapperLockReleased(Object mutex, int site) {
        Listener l = listener;
        try {
            l.wrapperLockReleased(mutex, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    // ---- java.util.concurrent.locks.Lock -------------------------------------------------

    /** Replaces {@code lock.lock()}. */
    public static void lock(Object lock, int site) {
        Lock target = (Lock) lock;
        Listener l = listener;
        requested(l, lock, site, false);
        target.lock();
        acquired(l, lock, site);
    }

    /** Replaces {@code lock.lockInterruptibly()}. */
    public static void lockInterruptibly(Object lock, int site) throws InterruptedException {
        Lock target = (Lock) lock;
        Listener l = listener;
        requested(l, lock, site, false);
        try {
            target.lockInterruptibly();
        } catch (Throwable t) {
            notAcquired(l, lock, site);
            throw t;
        }
        acquired(l, lock, site);
    }

    /** Replaces {@code lock.tryLock()}: it never waits, so a failure is no event. */
    public static boolean tryLock(Object lock, int site) {
        Listener l = listener;
        try {
            l.lockTrying(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
        boolean acquired = ((Lock) lock).tryLock();
        if (acquired) {
            acquired(l, lock, site);
        }
        return acquired;
    }

    /** Replaces {@code lock.tryLock(time, unit)}. */
    public static boolean tryLock(Object lock, long time, TimeUnit unit, int site) throws InterruptedException {
        Lock target = (Lock) lock;
        Listener l = listener;
        requested(l, lock, site, true);
        boolean acquired;
        try {
            acquired = !timedOut(l) && target.tryLock(time, unit); // timed out by the model: it gave up while the lock was held
        } catch (Throwable t) {
            notAcquired(l, lock, site);
            throw t;
        }
        if (acquired) {
            acquired(l, lock, site);
        } else {
            notAcquired(l, lock, site);
        }
        return acquired;
    }

    /** Replaces {@code lock.unlock()}. */
    public static void unlock(Object lock, int site) {
        Lock target = (Lock) lock;
        Listener l = listener;
        try {
            l.lockReleasing(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
        target.unlock();
    }

    /** After {@code super.lock()} or {@code super.lockInterruptibly()} in an application subclass of a lock. */
    public static void superLockAcquired(Object lock, int site) {
        Listener l = listener;
        try {
            l.superLockAcquired(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After {@code super.tryLock()} or {@code super.tryLock(time, unit)} in an application subclass of a lock: returns what it returned. */
    public static boolean superTryLocked(boolean acquired, Object lock, int site) {
        if (acquired) {
            superLockAcquired(lock, site);
        }
        return acquired;
    }

    /** Before {@code super.unlock()} in an application subclass of a lock. */
    public static void superUnlocking(Object lock, int site) {
        Listener l = listener;
        try {
            l.superUnlocking(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a {@code Semaphore}'s call that may wait for a permit; see {@link Listener#semaphoreRequested}. */
    static void semaphoreRequested(Object semaphore, int site, boolean timed) {
        Listener l = listener;
        try {
            l.semaphoreRequested(semaphore, site, timed);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After a {@code Semaphore}'s call took a permit. */
    static void semaphoreAcquired(Object semaphore, int site) {
        Listener l = listener;
        try {
            l.semaphoreAcquired(semaphore, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After a {@code Semaphore}'s request took no permit. */
    static void semaphoreNotAcquired(Object semaphore, int site) {
        Listener l = listener;
        try {
            l.semaphoreNotAcquired(semaphore, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a {@code Semaphore}'s {@code release()}. */
    static void semaphoreReleasing(Object semaphore, int site) {
        Listener l = listener;
        try {
            l.semaphoreReleasing(semaphore, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a {@code Semaphore}'s call on several permits at once, or its {@code drainPermits()}. */
    static void semaphoreUnpaired(Object semaphore, int site) {
        Listener l = listener;
        try {
            l.semaphoreUnpaired(semaphore, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a {@code StampedLock}'s call that may wait for a stamp; see {@link Listener#stampRequested}. */
    static void stampRequested(Object lock, boolean write, int site, boolean timed) {
        Listener l = listener;
        try {
            l.stampRequested(lock, write, site, timed);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After a {@code StampedLock}'s call that took a stamp; see {@link Listener#stampAcquired}. */
    static void stampAcquired(Object lock, boolean write, int site) {
        Listener l = listener;
        try {
            l.stampAcquired(lock, write, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After a {@code StampedLock}'s request that took no stamp; see {@link Listener#stampNotAcquired}. */
    static void stampNotAcquired(Object lock, int site) {
        Listener l = listener;
        try {
            l.stampNotAcquired(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a {@code StampedLock}'s call that gives up a stamp; see {@link Listener#stampReleasing}. */
    static void stampReleasing(Object lock, boolean write, int site) {
        Listener l = listener;
        try {
            l.stampReleasing(lock, write, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    private static void requested(Listener l, Object lock, int site, boolean timed) {
        try {
            l.lockRequested(lock, site, timed);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    private static void acquired(Listener l, Object lock, int site) {
        try {
            l.lockAcquired(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Whether the scheduler ended the calling thread's timed wait by its clock (see {@link Listener#timedOut}). */
    private static boolean timedOut(Listener l) {
        try {
            return l.timedOut();
        } catch (Throwable t) {
            failed(l, t);
            return false;
        }
    }

    /** Whether the scheduler ended the calling thread's timed waiting call by its clock (see {@link Listener#timedOut}). */
    public static boolean timedOut() {
        return timedOut(listener);
    }

    private static void notAcquired(Listener l, Object lock, int site) {
        try {
            l.lockNotAcquired(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    // ---- Object.wait ----------------------------------------------------------------------

    /** Replaces {@code monitor.wait()}. */
    public static void waitOn(Object monitor, int site) throws InterruptedException {
        Listener l = beforeWait(monitor, site, false);
        try {
            if (!waitsInstead(l, monitor, 0, site)) {
                monitor.wait();
            }
            waitReturned(l, monitor, site);
        } finally {
            afterWait(l, monitor, site);
        }
    }

    /** Replaces {@code monitor.wait(millis)}. */
    public static void waitOn(Object monitor, long millis, int site) throws InterruptedException {
        Listener l = beforeWait(monitor, site, millis != 0);
        try {
            if (!waitsInstead(l, monitor, millis, site)) {
                monitor.wait(millis);
            }
            waitReturned(l, monitor, site);
        } finally {
            afterWait(l, monitor, site);
        }
    }

    /** Replaces {@code monitor.wait(millis, nanos)}. */
    public static void waitOn(Object monitor, long millis, int nanos, int site) throws InterruptedException {
        Listener l = beforeWait(monitor, site, millis != 0 || nanos != 0);
        try {
            if (!waitsInstead(l, monitor, millis == 0 && nanos > 0 ? 1 : millis, site)) {
                monitor.wait(millis, nanos);
            }
            waitReturned(l, monitor, site);
        } finally {
            afterWait(l, monitor, site);
        }
    }

    private static Listener beforeWait(Object monitor, int site, boolean timed) {
        Listener l = listener;
        if (monitor != null && Thread.holdsLock(monitor)) {
            try {
                l.waitRequested(monitor, site, timed);
            } catch (Throwable t) {
                failed(l, t);
            }
            return l;
        }
        return null; // wait() will throw; nothing was released
    }

    private static void waitReturned(Listener l, Object monitor, int site) {
        if (l == null) {
            return;
        }
        try {
            l.waitReturned(monitor, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    private static boolean waitsInstead(Listener l, Object monitor, long millis, int site) throws InterruptedException {
        if (l == null) {
            return false;
        }
        try {
            return l.waitsInstead(monitor, millis, site);
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable t) {
            failed(l, t);
            return false;
        }
    }

    /** Replaces {@code monitor.notify()}. */
    public static void notifyOn(Object monitor, int site) {
        beforeNotify(monitor, site, false);
        monitor.notify();
    }

    /** Replaces {@code monitor.notifyAll()}. */
    public static void notifyAllOn(Object monitor, int site) {
        beforeNotify(monitor, site, true);
        monitor.notifyAll();
    }

    private static void beforeNotify(Object monitor, int site, boolean all) {
        if (monitor != null && Thread.holdsLock(monitor)) { // otherwise the call throws, as it would
            Listener l = listener;
            try {
                l.notifying(monitor, site, all);
            } catch (Throwable t) {
                failed(l, t);
            }
        }
    }

    private static void afterWait(Listener l, Object monitor, int site) {
        if (l == null) {
            return;
        }
        try {
            l.waitEnded(monitor, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After {@code new Object()}, {@code new ReentrantLock(..)} or {@code new ReentrantReadWriteLock(..)}. */
    public static void created(Object lock, int site) {
        Listener l = listener;
        try {
            l.lockCreated(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    // ---- Thread ----------------------------------------------------------------------------

    /** Before {@code Runtime.getRuntime().addShutdownHook(hook)}. */
    public static void shutdownHookAdded(Object hook, int site) {
        if (hook instanceof Thread thread) {
            Listener l = listener;
            try {
                l.shutdownHookAdded(thread, site);
            } catch (Throwable t) {
                failed(l, t);
            }
        }
    }

    /** Replaces {@code thread.start()}. */
    public static void start(Object thread, int site) {
        Thread target = (Thread) thread;
        Listener l = listener;
        try {
            l.threadStarting(target, site);
        } catch (Throwable t) {
            failed(l, t);
        }
        target.start();
    }

    /** Replaces {@code Thread.sleep(millis)}: a listener may make it a yield (see {@link Listener#sleepsInstead}). */
    public static void sleep(long millis, int site) throws InterruptedException {
        Listener l = listener;
        boolean instead = false;
        try {
            instead = millis >= 0 && l.sleepsInstead(millis, site);
        } catch (Throwable t) {
            failed(l, t);
        }
        if (!instead) {
            Thread.sleep(millis);
        } else if (Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
    }

    /** Replaces {@code Thread.yield()}. */
    public static void yieldNow(int site) {
        Listener l = listener;
        try {
            l.yielding(site);
        } catch (Throwable t) {
            failed(l, t);
        }
        Thread.yield();
    }

    /** Replaces {@code thread.join()}. */
    public static void join(Object thread, int site) throws InterruptedException {
        Thread target = (Thread) thread;
        Listener l = beforeJoin(target, site, false);
        try {
            target.join();
        } finally {
            afterJoin(l, target, site);
        }
    }

    /** Replaces {@code thread.join(millis)}. */
    public static void join(Object thread, long millis, int site) throws InterruptedException {
        Thread target = (Thread) thread;
        Listener l = beforeJoin(target, site, millis != 0);
        try {
            if (millis == 0 || !timedOut(l)) {
                target.join(millis);
            } else if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        } finally {
            afterJoin(l, target, site);
        }
    }

    /** Replaces {@code thread.join(millis, nanos)}. */
    public static void join(Object thread, long millis, int nanos, int site) throws InterruptedException {
        Thread target = (Thread) thread;
        Listener l = beforeJoin(target, site, millis != 0 || nanos != 0);
        try {
            if (millis == 0 && nanos == 0 || !timedOut(l)) {
                target.join(millis, nanos);
            } else if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        } finally {
            afterJoin(l, target, site);
        }
    }

    /**
     * Replaces {@code thread.join(duration)} (JDK 19 and later): a timed join, as {@code join(millis)} is; when the
     * scheduler ends it early, the call is made with a zero duration, so that it answers whether the thread has ended.
     */
    public static boolean join(Object thread, Duration duration, int site) throws InterruptedException {
        Thread target = (Thread) thread;
        Listener l = beforeJoin(target, site, true);
        try {
            if (!timedOut(l)) {
                return JoinForDuration.join(target, duration);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return JoinForDuration.join(target, Duration.ZERO);
        } finally {
            afterJoin(l, target, site);
        }
    }

    /** {@code Thread.join(Duration)}, looked up when first called: it is not in Java 17, the runtime's level. */
    private static final class JoinForDuration {
        private static final MethodHandle JOIN = lookUp();

        private static MethodHandle lookUp() {
            try {
                return MethodHandles.publicLookup().findVirtual(Thread.class, "join", MethodType.methodType(boolean.class, Duration.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Thread.join(Duration) called on a JDK without it", e);
            }
        }

        static boolean join(Thread thread, Duration duration) throws InterruptedException {
            try {
                return (boolean) JOIN.invokeExact(thread, duration);
            } catch (InterruptedException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t); // join declares only InterruptedException
            }
        }
    }

    private static Listener beforeJoin(Thread target, int site, boolean timed) {
        Listener l = listener;
        try {
            l.joinRequested(target, site, timed);
        } catch (Throwable t) {
            failed(l, t);
        }
        return l;
    }

    private static void afterJoin(Listener l, Thread target, int site) {
        try {
            l.joinEnded(target, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /**
     * After {@code thread.isAlive()}: a thread found terminated is as good as joined.
     *
     * @return {@code alive}, the call's result
     */
    public static boolean aliveSeen(Object thread, boolean alive, int site) {
        if (!alive && thread instanceof Thread target) {
            afterJoin(listener, target, site);
        }
        return alive;
    }

    /**
     * After {@code thread.getState()}: a thread seen {@code TERMINATED} is as good as joined (it detects the
     * thread's end, as {@code isAlive} does).
     *
     * @return {@code state}, the call's result
     */
    public static Thread.State stateSeen(Object thread, Thread.State state, int site) {
        if (state == Thread.State.TERMINATED && thread instanceof Thread target) {
            afterJoin(listener, target, site);
        }
        return state;
    }

    /**
     * After {@code thread.isInterrupted()} or {@code Thread.interrupted()} (the current thread): an
     * interrupt that is seen is received from the thread that called {@code interrupt()}.
     *
     * @return {@code interrupted}, the call's result
     */
    public static boolean interruptSeen(Object thread, boolean interrupted, int site) {
        if (interrupted) {
            acquired(thread, site);
            acquired(JDK_INTERRUPTS, site);
        }
        return interrupted;
    }

    /** At the start of a handler of {@code InterruptedException}: the current thread received an interrupt. */
    public static void interruptReceived(int site) {
        interruptSeen(Thread.currentThread(), true, site);
    }

    /**
     * In a handler of {@code Exception}, {@code Throwable} or any exception (a {@code finally}), after it stored what it
     * caught: when that is an {@code InterruptedException}, the current thread received an interrupt, as in a handler of that type.
     */
    public static void caught(Throwable caught, int site) {
        if (caught instanceof InterruptedException) {
            interruptReceived(site);
        }
    }

    /**
     * The sync object of the interrupts the JDK makes itself, of threads the caller does not name
     * ({@code shutdownNow}, {@code cancel(true)}), which every thread that receives an interrupt acquires.
     */
    private static final Object JDK_INTERRUPTS = new Object();

    /** Before {@code executor.shutdownNow()} or {@code future.cancel(true)}, which interrupt the threads running tasks. */
    public static void interruptingWorkers(int site) {
        releasing(JDK_INTERRUPTS, site);
    }

    // ---- java.util.concurrent.locks.Condition ---------------------------------------------

    /** Before {@code condition.await(..)}, which releases {@code lock}, the condition's lock, while it waits. */
    public static void awaitingCondition(Object lock, int site) {
        Listener l = listener;
        try {
            l.lockReleasing(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After {@code condition.await(..)} returned or threw: the thread holds {@code lock} again. */
    public static void awokeFromCondition(Object lock, int site) {
        acquired(listener, lock, site);
    }

    // ---- Condition calls in runs that rewrite lock operations only (see Listener#conditionAwaiting) ----------

    /** Replaces {@code lock.newCondition()}: the condition's lock is known from now on. */
    public static Condition newConditionOf(Object lock, int site) {
        Condition condition = ((Lock) lock).newCondition();
        SyncObjects.share(condition, lock);
        return condition;
    }

    /** Replaces {@code condition.await()}. */
    public static void awaitOn(Object condition, int site) throws InterruptedException {
        Condition awaited = (Condition) condition;
        Object lock = beforeAwait(awaited, false, site);
        try {
            awaited.await();
            awaitReturned(awaited, lock, site);
        } finally {
            afterAwait(awaited, lock, site);
        }
    }

    /** Replaces {@code condition.awaitUninterruptibly()}. */
    public static void awaitUninterruptiblyOn(Object condition, int site) {
        Condition awaited = (Condition) condition;
        Object lock = beforeAwait(awaited, false, site);
        try {
            awaited.awaitUninterruptibly();
            awaitReturned(awaited, lock, site);
        } finally {
            afterAwait(awaited, lock, site);
        }
    }

    /** Replaces {@code condition.await(time, unit)}. */
    public static boolean awaitOn(Object condition, long time, TimeUnit unit, int site) throws InterruptedException {
        Condition awaited = (Condition) condition;
        Object lock = beforeAwait(awaited, true, site);
        try {
            boolean signalled = awaited.await(time, unit);
            awaitReturned(awaited, lock, site);
            return signalled;
        } finally {
            afterAwait(awaited, lock, site);
        }
    }

    /** Replaces {@code condition.awaitNanos(nanos)}. */
    public static long awaitNanosOn(Object condition, long nanos, int site) throws InterruptedException {
        Condition awaited = (Condition) condition;
        Object lock = beforeAwait(awaited, true, site);
        try {
            long left = awaited.awaitNanos(nanos);
            awaitReturned(awaited, lock, site);
            return left;
        } finally {
            afterAwait(awaited, lock, site);
        }
    }

    /** Replaces {@code condition.awaitUntil(deadline)}. */
    public static boolean awaitUntilOn(Object condition, Date deadline, int site) throws InterruptedException {
        Condition awaited = (Condition) condition;
        Object lock = beforeAwait(awaited, true, site);
        try {
            boolean signalled = awaited.awaitUntil(deadline);
            awaitReturned(awaited, lock, site);
            return signalled;
        } finally {
            afterAwait(awaited, lock, site);
        }
    }

    /** Replaces {@code condition.signal()}. */
    public static void signalOn(Object condition, int site) {
        Condition signalled = (Condition) condition;
        beforeSignal(signalled, false, site);
        signalled.signal();
    }

    /** Replaces {@code condition.signalAll()}. */
    public static void signalAllOn(Object condition, int site) {
        Condition signalled = (Condition) condition;
        beforeSignal(signalled, true, site);
        signalled.signalAll();
    }

    /** The condition's lock when the thread holds it (the await lets it go), told to the listener; else {@code null}. */
    private static Object beforeAwait(Condition condition, boolean timed, int site) {
        Object lock = BlockingCalls.heldLockOf(condition);
        if (lock != null) {
            Listener l = listener;
            try {
                l.conditionAwaiting(condition, lock, timed, site);
            } catch (Throwable t) {
                failed(l, t);
            }
        }
        return lock;
    }

    private static void awaitReturned(Condition condition, Object lock, int site) {
        if (lock != null) {
            Listener l = listener;
            try {
                l.conditionAwaitReturned(condition, lock, site);
            } catch (Throwable t) {
                failed(l, t);
            }
        }
    }

    private static void afterAwait(Condition condition, Object lock, int site) {
        if (lock != null) {
            Listener l = listener;
            try {
                l.conditionAwaitEnded(condition, lock, site);
            } catch (Throwable t) {
                failed(l, t);
            }
        }
    }

    private static void beforeSignal(Condition condition, boolean all, int site) {
        Object lock = BlockingCalls.heldLockOf(condition);
        if (lock != null) { // otherwise the call throws, as it would
            signalling(condition, lock, all, site);
        }
    }

    // ---- class initialization and tasks run by the JDK -------------------------------------

    /** On entry to a static initializer ({@code <clinit>}). */
    public static void classInitStarted(int site) {
        Listener l = listener;
        try {
            l.classInitStarted(site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a static initializer returns or throws. */
    public static void classInitEnded(int site) {
        Listener l = listener;
        try {
            l.classInitEnded(site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /**
     * On entry to a method that the JDK's thread-safe classes call back on the program's objects inside
     * their own methods ({@code compareTo}, {@code equals}, {@code getDelay}...): inside such a call, it
     * acquires what the call's receiver received so far, and releases what it did when it returns.
     */
    public static void callbackEntered(int site) {
        Listener l = listener;
        try {
            l.callbackEntered(site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** On entry to a {@code hashCode()} of the program's: a callback, unless it hashes a {@code ConcurrentHashMap} call's key. */
    public static void hashCodeEntered(int site) {
        Listener l = listener;
        try {
            l.hashCodeEntered(site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before such a callback returns: inside a call on a synchronizing object, it releases what it did. */
    public static void callbackExited(int site) {
        Listener l = listener;
        try {
            l.callbackExited(site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /**
     * On entry to the body of a task that the JDK runs ({@code ForkJoinTask.compute},
     * {@code TimerTask.run}): it acquires what was released into the task when it was forked, invoked,
     * submitted or scheduled.
     */
    public static void taskBegan(Object task, int site) {
        SyncObjects.acquire(SyncObjects.taskSync(task), site);
    }

    /**
     * Before the body of such a task returns: what it did happens before a {@code join} or {@code get} of it; and, for
     * a {@code ForkJoinTask} that a pool's worker runs, before the pool's {@code awaitTermination}, {@code close} and
     * {@code awaitQuiescence} that wait for it (calls on the pool, which acquire its sync object), as the end of a
     * task submitted to an executor is.
     */
    public static void taskEnded(Object task, int site) {
        releasing(SyncObjects.taskSync(task), site);
        if (task instanceof ForkJoinTask && Thread.currentThread() instanceof ForkJoinWorkerThread worker) {
            releasing(worker.getPool(), site);
        }
    }

    /**
     * At the start of a pool subclass's {@code beforeExecute}/{@code afterExecute}, and of an application's
     * {@code RejectedExecutionHandler.rejectedExecution}: the program's own task when {@code task} is weft's wrapper
     * of what it gave {@code execute}, else {@code task}, so that the method sees what it would see without the
     * agent ({@code task instanceof Job}, {@code (Job) task}, {@code task instanceof Future}).
     */
    public static Runnable executedTask(Runnable task) {
        return task instanceof HandedOffTask wrapper && wrapper.task instanceof Runnable own ? own : task;
    }

    /**
     * Before a call {@code queue.offer(task)} ({@code put}, {@code add}...) in a {@code RejectedExecutionHandler}: what
     * to pass instead of {@code task}, weft's wrapper when the handler puts the task it is rejecting back into the
     * pool's queue (the worker then acquires what the submitter released), else {@code task}.
     */
    public static Object requeuedTask(Object queue, Object task) {
        return RejectedTasks.requeued(queue, task);
    }

    /** Before a pool subclass's {@code decorateTask}/{@code newTaskFor} returns {@code task}, which a worker will run. */
    public static void taskHandedOver(Object task, int site) {
        releasing(task, site);
    }

    /**
     * Before a {@code CompletableFuture} subclass's {@code defaultExecutor()} returns {@code executor} for {@code stage}:
     * the async call without an executor that the JDK is making on {@code stage} in this thread, if any, hands its task
     * to {@code executor}, whose {@code awaitTermination} then orders the task's end ({@link DefaultExecutors}).
     */
    public static void defaultExecutorChosen(Object executor, Object stage, int site) {
        try {
            DefaultExecutors.chosen(stage, executor);
        } catch (Throwable t) {
            failed(listener, t);
        }
    }

    /**
     * When {@code run()} of the program's own {@code RunnableFuture} (a pool's decorated task) begins: it acquires
     * what {@link #taskHandedOver} released into it, and what its sync object holds, as a task body does.
     */
    public static void decoratedTaskBegan(Object task, int site) {
        acquired(task, site);
        taskBegan(task, site);
    }

    /**
     * Before {@code onCompletion} (or {@code onExceptionalCompletion}) of a {@code CountedCompleter} returns: the
     * JDK goes on to complete its completers in the same call, so what it did happens before their completion too.
     */
    public static void completionEnded(Object task, int site) {
        taskEnded(task, site);
        if (task instanceof java.util.concurrent.CountedCompleter<?> completer) {
            for (java.util.concurrent.CountedCompleter<?> c = completer.getCompleter(); c != null; c = c.getCompleter()) {
                taskEnded(c, site);
            }
        }
    }

    /**
     * After {@code Object.clone()} in instrumented code: the copy carries the original's
     * {@code weft$shadow}, which it must not share (its accesses would look like the original's); it gets
     * one of its own on its first access. Nothing else can see the copy yet.
     */
    public static void cloned(Object copy) {
        if (copy instanceof Shadowed shadowed) {
            shadowed.weft$shadow(null);
        }
    }

    // ---- StampedLock optimistic reads ------------------------------------------------------

    /**
     * After {@code stampedLock.tryOptimisticRead()}: the reads that follow may race with a writer, and the
     * program throws them away when {@code validate} fails, so they are not checked until the thread's next
     * call on a {@code StampedLock}.
     */
    public static void optimisticReadBegan(Object lock, int site) {
        Listener l = listener;
        try {
            l.optimisticReadBegan(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a call that reads an atomic variable ({@code AtomicBoolean.get()}...); see {@link Listener#atomicAccess}. */
    public static void atomicReading(Object atomic, int site) {
        atomicAccess(atomic, false, site);
    }

    /** Before a call that updates an atomic variable ({@code set}, {@code incrementAndGet}...); see {@link Listener#atomicAccess}. */
    public static void atomicWriting(Object atomic, int site) {
        atomicAccess(atomic, true, site);
    }

    private static void atomicAccess(Object atomic, boolean write, int site) {
        Listener l = listener;
        try {
            l.atomicAccess(atomic, write, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before any other call on a {@code StampedLock} ({@code validate}, {@code readLock}...). */
    public static void optimisticReadEnded(Object lock, int site) {
        Listener l = listener;
        try {
            l.optimisticReadEnded(lock, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    // ---- memory accesses -------------------------------------------------------------------

    /** Before a read of a plain instance field ({@code owner} is the object) or static field ({@code null}). */
    public static void read(Object owner, int field, int site) {
        Listener l = memory;
        try {
            l.fieldRead(owner, field, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a write of a plain instance or static field. */
    public static void write(Object owner, int field, int site) {
        Listener l = memory;
        try {
            l.fieldWritten(owner, field, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** In a controlled run, before a read of a {@code volatile} field (see {@link Listener#volatileReading}). */
    public static void volatileReading(Object owner, int field, int site) {
        Listener l = memory;
        try {
            l.volatileReading(owner, field, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After a read of a {@code volatile} field. */
    public static void volatileRead(Object owner, int field, int site) {
        Listener l = memory;
        try {
            l.volatileRead(owner, field, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a write of a {@code volatile} field. */
    public static void volatileWrite(Object owner, int field, int site) {
        Listener l = memory;
        try {
            l.volatileWriting(owner, field, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before an array element load ({@code array} may be null: the load then throws, as it would). */
    public static void arrayRead(Object array, int index, int site) {
        if (array == null) {
            return;
        }
        Listener l = memory;
        try {
            l.arrayRead(array, index, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before an array element store. */
    public static void arrayWrite(Object array, int index, int site) {
        if (array == null) {
            return;
        }
        Listener l = memory;
        try {
            l.arrayWritten(array, index, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a JDK call reads or writes elements {@code [from, to)} of {@code array} (see {@link ArrayCalls}). */
    public static void arrayElements(Object array, int from, int to, boolean write, int site) {
        Listener l = memory;
        try {
            l.arrayElementsAccessed(array, from, to, write, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /**
     * Before a call of application code on a JDK collection whose contents weft checks as a variable
     * (see {@link CollectionContents}): a read, or a write when {@code write}.
     */
    public static void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) {
        Listener l = memory;
        try {
            l.contentsAccessed(collection, shownAs, write, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /**
     * As {@link #contentsAccessed}, for a call on a {@code Collections.synchronized*} wrapper, made by
     * {@link CollectionContents} while it holds the wrapper's {@code lock}; see {@link Listener#lockedContentsAccessed}.
     */
    static void lockedContentsAccessed(Object lock, Object collection, Class<?> shownAs, boolean write, int site) {
        Listener l = memory;
        try {
            l.lockedContentsAccessed(lock, collection, shownAs, write, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    // ---- hand-offs -------------------------------------------------------------------------

    /** Before an operation that hands something over through {@code sync}. */
    public static void releasing(Object sync, int site) {
        if (sync == null) {
            return;
        }
        Listener l = listener;
        try {
            l.releasing(sync, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a call on a {@code ConcurrentHashMap} that hashes its key first; see {@link Listener#releasingBeforeKeyHash}. */
    public static void releasingBeforeKeyHash(Object sync, int site) {
        if (sync == null) {
            return;
        }
        Listener l = listener;
        try {
            l.releasingBeforeKeyHash(sync, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** A function of a keyed call on a {@code ConcurrentHashMap} begins; see {@link Listener#keyedFunctionEntered}. */
    static void keyedFunctionEntered(Object map, int key, int site) {
        Listener l = listener;
        try {
            l.keyedFunctionEntered(map, key, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** That function returns or throws; see {@link Listener#keyedFunctionExiting}. */
    static void keyedFunctionExiting(Object map, int key, int site) {
        Listener l = listener;
        try {
            l.keyedFunctionExiting(map, key, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a call that hands something over through {@code sync} in shared mode; see {@link Listener#releasingShared}. */
    public static void releasingShared(Object sync, int site) {
        Listener l = listener;
        try {
            l.releasingShared(sync, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After a call that took {@code sync} in exclusive mode; see {@link Listener#acquiredExclusive}. */
    public static void acquiredExclusive(Object sync, int site) {
        Listener l = listener;
        try {
            l.acquiredExclusive(sync, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before {@code thread.interrupt()}, then {@link #releasing} of the thread. */
    public static void interrupting(Object thread, int site) {
        if (!(thread instanceof Thread target)) {
            return;
        }
        Listener l = listener;
        try {
            l.interrupting(target, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** After an operation that received something through {@code sync}. */
    public static void acquired(Object sync, int site) {
        if (sync == null) {
            return;
        }
        Listener l = listener;
        try {
            l.acquired(sync, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    // ---- blocking calls of a controlled run ---------------------------------------------------

    /** True when the listener schedules the threads (see {@link Listener#schedules}). */
    public static boolean schedules() {
        Listener l = listener;
        try {
            return l.schedules();
        } catch (Throwable t) {
            failed(l, t);
            return false;
        }
    }

    /** Before a blocking call on {@code sync}; see {@link Listener#blockingCall}: true when it times out. */
    public static boolean blockingCall(Object sync, java.util.function.BooleanSupplier canProceed, boolean timed, int site) {
        return blockingCall(sync, canProceed, timed, false, site);
    }

    /** Before an untimed try of {@code sync} that never waits; see {@link Listener#callTrying}. */
    static void callTrying(Object sync, int site) {
        Listener l = listener;
        try {
            l.callTrying(sync, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** The run's interleaving depends on the real clock from now on; see {@link Listener#readsClock}. */
    public static void readsClock(String why, int site) {
        Listener l = listener;
        try {
            l.readsClock(why, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /** Before a timed call on {@code sync} whose timeout returns without the call; see {@link Listener#timedCall}. */
    public static boolean timedCall(Object sync, java.util.function.BooleanSupplier canProceed, int site) {
        return blockingCall(sync, canProceed, true, true, site);
    }

    private static boolean blockingCall(Object sync, java.util.function.BooleanSupplier canProceed, boolean timed,
                                        boolean timeoutHolds, int site) {
        Listener l = listener;
        boolean spare = ForkJoinPoolModel.blocking(canProceed); // a fork/join worker of the model may block
        try {
            return timeoutHolds ? l.timedCall(sync, canProceed, site) : l.blockingCall(sync, canProceed, timed, site);
        } catch (Throwable t) {
            failed(l, t);
            return false;
        } finally {
            if (spare) {
                ForkJoinPoolModel.unblocked();
            }
        }
    }

    /** Before {@code LockSupport.park*}; see {@link Listener#parksInstead}. */
    public static boolean parksInstead(boolean timed, int site) {
        Listener l = listener;
        try {
            return l.parksInstead(timed, site);
        } catch (Throwable t) {
            failed(l, t);
            return false;
        }
    }

    /** Before {@code condition.await*()}; see {@link Listener#awaitsInstead}: {@code null} to await. */
    public static Boolean awaitsInstead(Object condition, Object lock, boolean timed, boolean interruptible, int site)
            throws InterruptedException {
        Listener l = listener;
        try {
            return l.awaitsInstead(condition, lock, timed, interruptible, site);
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable t) {
            failed(l, t);
            return null;
        }
    }

    /** Before {@code condition.signal()}/{@code signalAll()}; see {@link Listener#signalling}. */
    public static void signalling(Object condition, Object lock, boolean all, int site) {
        Listener l = listener;
        try {
            l.signalling(condition, lock, all, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /**
     * Before a call that waits for another thread's call on {@code sync}; see {@link Listener#waitingCall}: true
     * when the scheduler decides when the timed call times out.
     */
    public static boolean waitingCall(Object sync, int side, java.util.function.IntBinaryOperator releases,
                                      boolean timed, int site) {
        Listener l = listener;
        ForkJoinPoolModel.blocking(null); // a fork/join worker of the model may wait in the call, until it ends
        try {
            return l.waitingCall(sync, side, releases, timed, site);
        } catch (Throwable t) {
            failed(l, t);
            return false;
        }
    }

    /** After a call announced by {@link #waitingCall}. */
    public static void waitingCallEnded(Object sync, int site) {
        Listener l = listener;
        ForkJoinPoolModel.unblocked();
        try {
            l.waitingCallEnded(sync, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }

    /**
     * The program's fork/join worker factory returns {@code worker} (a class's own {@code newThread(ForkJoinPool)},
     * which the JDK calls: the common pool's factory too), which the JDK starts: see {@link Listener#threadMade}.
     * Not in a controlled run, whose pools report their workers themselves.
     */
    public static void workerMade(Object worker, int site) {
        if (worker instanceof Thread thread && !schedules()) {
            threadMade(thread, site);
        }
    }

    /** A pool of the application made {@code thread}; see {@link Listener#threadMade}. */
    public static void threadMade(Thread thread, int site) {
        Listener l = listener;
        try {
            l.threadMade(thread, site);
        } catch (Throwable t) {
            failed(l, t);
        }
    }
}
