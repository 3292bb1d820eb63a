package dev.weft.runtime;

/**
 * Receives the events of instrumented code, on the thread that performs the operation.
 *
 * <p>Every method has a no-op default so a listener overrides only what it needs. Methods named
 * {@code ...Requested} run <em>before</em> a blocking operation and may block the calling thread (that
 * is how a scheduler takes control); the others run right after the operation, or right before a
 * release.
 *
 * <p><b>Important</b>: implementations run inside the application's threads. They must not throw
 * (the {@link Weft} facade disables a listener that does), must not call methods of the application's
 * objects ({@code equals}, {@code hashCode}, {@code toString}), and must not keep those objects alive
 * after they are released. {@code site} is an id handed out when the call site was instrumented.
 */
public interface Listener {

    /** A listener that ignores everything. */
    Listener NOOP = new Listener() { };

    /** The thread is about to enter {@code monitor} (a {@code synchronized} block or method). */
    default void monitorEnterRequested(Object monitor, int site) { }

    /** The thread holds {@code monitor} (possibly again, reentrantly). */
    default void monitorEntered(Object monitor, int site) { }

    /** The thread is about to leave {@code monitor} (once, of possibly several reentrant holds). */
    default void monitorExiting(Object monitor, int site) { }

    /**
     * In a plain run, a call on a synchronized wrapper ({@code Collections.synchronized*}, {@code Vector}...) is about
     * to take {@code mutex} in the JDK's code, which the monitor hooks do not see (a controlled run links such a call as
     * a monitor enter instead). The call is linked so in any plain run that detects deadlocks; the lock-order graph takes
     * the mutex as requested and held at once, the deadlock detection as held and perhaps awaited, until the JVM shows
     * whether the thread is blocked on it.
     */
    default void wrapperLockTaking(Object mutex, int site) { }

    /** That call on a synchronized wrapper returned or threw: {@code mutex} let go. */
    default void wrapperLockReleased(Object mutex, int site) { }

    /**
     * The thread is about to acquire a {@link java.util.concurrent.locks.Lock}.
     *
     * @param timed true for {@code tryLock(time, unit)}: a wait that ends by itself
     */
    default void lockRequested(Object lock, int site, boolean timed) { }

    /**
     * The thread is about to call {@code lock.tryLock()}, which never waits (a scheduling point of a controlled run;
     * {@link #lockAcquired} follows when it succeeds).
     */
    default void lockTrying(Object lock, int site) { }

    /**
     * The thread is about to make an untimed try of {@code sync}, which never waits: a {@code StampedLock}'s
     * {@code tryWriteLock()}, {@code tryReadLock()} or {@code tryConvertTo*Lock(stamp)}, a {@code Semaphore}'s
     * {@code tryAcquire()} (a scheduling point of a controlled run).
     */
    default void callTrying(Object sync, int site) { }

    /** The thread acquired {@code lock} ({@code lock}, {@code lockInterruptibly}, or a successful {@code tryLock}). */
    default void lockAcquired(Object lock, int site) { }

    /** A request did not acquire the lock: {@code tryLock} returned false, or the wait was interrupted. */
    default void lockNotAcquired(Object lock, int site) { }

    /** The thread is about to release {@code lock}. */
    default void lockReleasing(Object lock, int site) { }

    /**
     * Inside an application subclass of a lock that overrides {@code lock()}: its {@code super.lock()}
     * returned, so the lock is held from here on, though the call of the override has not returned yet
     * (its own {@link #lockAcquired} comes then). Only the race detector needs it.
     */
    default void superLockAcquired(Object lock, int site) { }

    /**
     * Inside such a subclass's {@code unlock()}: its {@code super.unlock()} is about to release the lock
     * (the call of the override had its {@link #lockReleasing} already). Only the race detector needs it.
     */
    default void superUnlocking(Object lock, int site) { }

    /**
     * The thread is about to ask a {@code StampedLock} for a read or a write stamp, and may wait for it (see
     * {@link #lockRequested}); the lock is not reentrant. Only the wait-for graph needs these four calls: the
     * stamps' happens-before edges come through {@link #releasing} and the others.
     */
    default void stampRequested(Object lock, boolean write, int site, boolean timed) { }

    /** The thread took a read or a write stamp of {@code lock}, a {@code StampedLock}. */
    default void stampAcquired(Object lock, boolean write, int site) { }

    /** A request of a stamp took none: a timed one ran out, or the wait was interrupted. */
    default void stampNotAcquired(Object lock, int site) { }

    /** The thread is about to give up a read or a write stamp of {@code lock}, a {@code StampedLock}. */
    default void stampReleasing(Object lock, boolean write, int site) { }

    /**
     * The thread is about to ask {@code semaphore}, a {@code Semaphore}, for one permit, and may wait for it (see
     * {@link #lockRequested}). Only the wait-for graph needs these five calls: a semaphore's happens-before edges come
     * through {@link #releasing} and {@link #acquired}.
     */
    default void semaphoreRequested(Object semaphore, int site, boolean timed) { }

    /** The thread took one permit of {@code semaphore}. */
    default void semaphoreAcquired(Object semaphore, int site) { }

    /** A request of a permit took none: a timed one ran out, or the wait was interrupted. */
    default void semaphoreNotAcquired(Object semaphore, int site) { }

    /** The thread is about to give one permit of {@code semaphore} back (it may not have taken one). */
    default void semaphoreReleasing(Object semaphore, int site) { }

    /**
     * The thread takes or gives back several permits of {@code semaphore} at once, or drains it: the semaphore is
     * no mutex.
     */
    default void semaphoreUnpaired(Object semaphore, int site) { }

    /**
     * The thread is about to call {@code monitor.wait(..)}, which releases the monitor until it is
     * notified and can take the monitor back.
     */
    default void waitRequested(Object monitor, int site, boolean timed) { }

    /**
     * {@code monitor.wait(..)} returned normally, not by an exception (woken, or timed out, or spuriously): before
     * {@link #waitEnded}.
     */
    default void waitReturned(Object monitor, int site) { }

    /** {@code monitor.wait(..)} returned or threw: the thread holds the monitor again. */
    default void waitEnded(Object monitor, int site) { }

    /**
     * Lets the listener perform {@code monitor.wait(millis)} in the program's stead (a scheduler that
     * decides which waiter a notify wakes), right after {@link #waitRequested}.
     *
     * @return true when it has waited, and the thread holds the monitor again; false to let the program wait
     * @throws InterruptedException when the thread was interrupted while it waited
     */
    default boolean waitsInstead(Object monitor, long millis, int site) throws InterruptedException {
        return false;
    }

    /**
     * Lets the listener stand in for {@code Thread.sleep(millis)} (a scheduler that makes a sleep a yield
     * of the CPU, so that a controlled run does not depend on the clock).
     *
     * @return true when the thread must not sleep; false to let it
     */
    default boolean sleepsInstead(long millis, int site) {
        return false;
    }

    /**
     * True when this listener schedules the application's threads (a controlled run): the blocking
     * {@code java.util.concurrent} calls then go through {@link #blockingCall} and {@code LockSupport.park}
     * through {@link #parksInstead}. Asked when a call site is linked.
     */
    default boolean schedules() {
        return false;
    }

    /**
     * The thread is about to make a blocking call on {@code sync} ({@code CountDownLatch.await},
     * {@code Semaphore.acquire}, {@code BlockingQueue.take}...; a {@code StampedLock}'s stamp request is made on the
     * lock's read or write view): a scheduler may hold it until
     * {@code canProceed} says that the call will not block (it is asked with the scheduler's own lock held, by
     * any thread, and must not block).
     *
     * @param timed true for a call with a timeout
     * @return true when the scheduler decided that the timed call times out (it is then made with a zero
     *         timeout); false to make the call as it is
     */
    default boolean blockingCall(Object sync, java.util.function.BooleanSupplier canProceed, boolean timed, int site) {
        return false;
    }

    /**
     * From now on the run's interleaving depends on the real clock, for {@code why} (a timer task scheduled for a
     * {@code Date}, whose delay is the date less the clock's time): a scheduler marks the run not exactly replayable.
     */
    default void readsClock(String why, int site) {
    }

    /**
     * As {@link #blockingCall} for a timed call whose timed-out result needs no call ({@code poll} gives {@code null},
     * {@code tryAcquire} {@code false}...): true when it times out, and then it must return that result without
     * making the call, for a timeout the scheduler chose holds even when what the call waited for came before its
     * thread ran again (its thread was slow to return).
     */
    default boolean timedCall(Object sync, java.util.function.BooleanSupplier canProceed, int site) {
        return blockingCall(sync, canProceed, true, site);
    }

    /**
     * Asked after a timed wait's {@code ...Requested} event ({@code tryLock(time, unit)}, {@code join(millis)}) or
     * when a timed call announced by {@link #waitingCall} was interrupted: true when a scheduler ended that wait
     * by its own clock, because no other thread could go on, or chose that it times out before what it waits for
     * comes (or because it stopped scheduling). The call must
     * then return as timed out without waiting (the interrupt of a waiting call was the scheduler's, standing
     * for its timeout).
     */
    default boolean timedOut() {
        return false;
    }

    /**
     * Lets the listener stand in for {@code LockSupport.park} (a scheduler that keeps the park permits
     * itself, given by {@code unpark} and {@code interrupt}).
     *
     * @param timed true for {@code parkNanos}/{@code parkUntil}
     * @return true when the thread must not park (it has returned from its park, as a park may at any time);
     *         false to let it park
     */
    default boolean parksInstead(boolean timed, int site) {
        return false;
    }

    /**
     * Lets the listener stand in for {@code condition.await*()} (a scheduler that keeps the wait sets of
     * the conditions of the locks it owns). The thread holds {@code lock}, the condition's lock.
     *
     * @param timed         true for the forms with a timeout
     * @param interruptible false for {@code awaitUninterruptibly}
     * @return {@code null} to let the thread await; else whether it was signalled (false: the timed await
     *         timed out)
     * @throws InterruptedException when the thread was interrupted while it waited
     */
    default Boolean awaitsInstead(Object condition, Object lock, boolean timed, boolean interruptible, int site)
            throws InterruptedException {
        return null;
    }

    /**
     * The thread, holding {@code lock}, is about to call {@code condition.signal()} (or {@code signalAll()},
     * when {@code all}) in a controlled run, or in a run that rewrites lock operations only.
     */
    default void signalling(Object condition, Object lock, boolean all, int site) { }

    /**
     * In a run that rewrites lock operations only (race detection and controlled runs see a condition's calls as
     * hand-offs), the thread, holding {@code lock}, is about to await {@code condition}, which lets the lock go until
     * the thread is signalled (or, when {@code timed}, its time is up) and takes it back.
     */
    default void conditionAwaiting(Object condition, Object lock, boolean timed, int site) { }

    /** The await of {@link #conditionAwaiting} returned normally, not by an exception: before {@link #conditionAwaitEnded}. */
    default void conditionAwaitReturned(Object condition, Object lock, int site) { }

    /** The await of {@link #conditionAwaiting} returned or threw: the thread holds {@code lock} again. */
    default void conditionAwaitEnded(Object condition, Object lock, int site) { }

    /**
     * The thread is about to make a call on {@code sync} that waits, in the JVM, for a call of another thread
     * on it (a barrier's or a phaser's await, an exchange, a hand-off through a {@code SynchronousQueue}):
     * a scheduler stops the thread there, and when it chooses it asks {@code releases} how many of the
     * threads waiting in such calls on {@code sync} this call releases (given how many wait on the same
     * {@code side} as the call and how many on another: a taker's side for a giver), so that they come
     * back before any other thread runs. {@link #waitingCallEnded} follows when the call returns or throws.
     *
     * @param side  0 for calls that all wait alike (a barrier's), else 1 for a giver, 2 for a taker; -1 for a
     *              call that never waits itself, it only releases (a phaser's {@code arrive}, a barrier's
     *              {@code reset})
     * @param timed true for a call with a timeout
     * @return true when the scheduler decides when the timed call times out: it is then made without a timeout
     *         of its own, and the scheduler interrupts it when its time is up (see {@link #timedOut})
     */
    default boolean waitingCall(Object sync, int side, java.util.function.IntBinaryOperator releases, boolean timed,
                                int site) {
        return false;
    }

    /** A call announced by {@link #waitingCall} returned or threw. */
    default void waitingCallEnded(Object sync, int site) { }

    /** The thread is about to call {@code Thread.yield()}. */
    default void yielding(int site) { }

    /**
     * In a controlled run, the thread is about to read ({@code get}, {@code intValue}, a compare-and-set...) or,
     * when {@code write}, to update ({@code set}, {@code incrementAndGet}...) {@code atomic}, an atomic variable of
     * {@code java.util.concurrent.atomic}: a scheduling point, as a volatile access is (its happens-before edges
     * are the hand-off's, {@link #releasing} and {@link #acquired}).
     */
    default void atomicAccess(Object atomic, boolean write, int site) { }

    /** The thread, holding {@code monitor}, is about to call {@code monitor.notify()} (or {@code notifyAll()}, when {@code all}). */
    default void notifying(Object monitor, int site, boolean all) { }

    /**
     * A plain lock object was just created at {@code site}: a {@code new Object()}, {@code ReentrantLock} or
     * {@code ReentrantReadWriteLock} (reports name such a lock by where it was made).
     */
    default void lockCreated(Object lock, int site) { }

    /**
     * A thread pool the application made in a controlled run made {@code thread}, which it starts at once:
     * a thread of the application, as if it started it (see {@code ModelledPools}); or, in any run, a thread
     * factory the application handed to the JDK made it, which the JDK then starts ({@code MadeThreads}).
     */
    default void threadMade(Thread thread, int site) { }

    /** The thread is about to start {@code thread}. */
    default void threadStarting(Thread thread, int site) { }

    /** The thread registers {@code hook} as a shutdown hook, which the JVM starts when it exits. */
    default void shutdownHookAdded(Thread hook, int site) { }

    /** The thread is about to join {@code thread}. */
    default void joinRequested(Thread thread, int site, boolean timed) { }

    /** A join of {@code thread} returned or threw. */
    default void joinEnded(Thread thread, int site) { }

    // ---- memory accesses (race detection) ------------------------------------------------
    // {@code field} is an id handed out when the access was instrumented; it names the declaring
    // class and the field. A static field's owner is {@code null}.

    /**
     * The listener the memory access hooks ({@code fieldRead} to {@code arrayWritten}) call in this one's
     * stead: this one, or {@link #NOOP} for a listener that ignores memory accesses. A combination of
     * listeners leaves out those that ignore them, so that the hooks on the hottest path call only what
     * needs the event.
     */
    default Listener memoryListener() {
        return this;
    }

    /** The thread is about to read a plain (non-volatile) field of {@code owner}. */
    default void fieldRead(Object owner, int field, int site) { }

    /** The thread is about to write a plain (non-volatile) field of {@code owner}. */
    default void fieldWritten(Object owner, int field, int site) { }

    /**
     * In a controlled run only, the thread is about to read a {@code volatile} field: its scheduling point, so
     * that the value it reads is the one memory holds at its step; {@link #volatileRead} follows the load.
     */
    default void volatileReading(Object owner, int field, int site) { }

    /** The thread has just read a {@code volatile} field: an acquire. */
    default void volatileRead(Object owner, int field, int site) { }

    /** The thread is about to write a {@code volatile} field: a release. */
    default void volatileWriting(Object owner, int field, int site) { }

    /** The thread is about to read element {@code index} of {@code array}. */
    default void arrayRead(Object array, int index, int site) { }

    /** The thread is about to write element {@code index} of {@code array}. */
    default void arrayWritten(Object array, int index, int site) { }

    /**
     * The thread is about to read ({@code write} false) or write elements {@code [from, to)} of {@code array}
     * inside a JDK call ({@code System.arraycopy}, {@code Arrays.fill}...; see {@code ArrayCalls}). Does
     * nothing by default: such a call is not a scheduling point.
     */
    default void arrayElementsAccessed(Object array, int from, int to, boolean write, int site) { }

    /**
     * The thread is about to call a method that reads ({@code write} false) or changes the contents of
     * {@code collection}, an object of one of the JDK's non-thread-safe collection classes (see
     * {@code CollectionContents}): an access of one variable per collection. {@code shownAs} is the class a
     * report names: the collection's, or that of the set whose contents are those of the map {@code collection}.
     */
    default void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) { }

    /**
     * As {@link #contentsAccessed}, for a call on a {@code Collections.synchronized*} wrapper, which the
     * wrapper makes holding {@code lock} (its mutex): weft's runtime holds {@code lock} around this event, so
     * that it is ordered as the call is. By default, as {@link #contentsAccessed}.
     */
    default void lockedContentsAccessed(Object lock, Object collection, Class<?> shownAs, boolean write, int site) {
        contentsAccessed(collection, shownAs, write, site);
    }

    // ---- hand-offs (java.util.concurrent and the like) -----------------------------------

    /**
     * The thread is about to hand something over through {@code sync} (a queue's put, a latch's
     * countDown, a semaphore's release, an atomic's set...): what it did so far happens before what a
     * later {@link #acquired} of the same {@code sync} does after it.
     */
    default void releasing(Object sync, int site) { }

    /**
     * The thread is about to interrupt {@code thread} (before its {@link #releasing}): a controlled run
     * lets a thread blocked in the model go on to meet the interrupt, which the JVM's own flag may no
     * longer show by the time the model decides.
     */
    default void interrupting(Thread thread, int site) { }

    /** The thread has just received something through {@code sync} (a take, an await, a get...). */
    default void acquired(Object sync, int site) { }

    /**
     * The thread is about to hand something over through {@code sync} in shared mode (a {@code StampedLock}
     * call in read mode: {@code unlockRead}, {@code readLock}, {@code validate}...): what it did so far happens
     * before what a later {@link #acquiredExclusive} of {@code sync} does after it, but not before a later
     * {@link #acquired}, so that readers stay unordered among themselves.
     */
    default void releasingShared(Object sync, int site) { }

    /**
     * The thread has just taken {@code sync} in exclusive mode (a {@code StampedLock}'s write stamp), after
     * its {@link #acquired}: it also receives what {@link #releasingShared} handed over.
     */
    default void acquiredExclusive(Object sync, int site) { }

    // ---- class initialization ------------------------------------------------------------

    /**
     * The thread begins running a class's static initializer. The JVM orders a class's initialization
     * before every use of the class by any other thread, so until the matching {@link #classInitEnded} what the
     * thread does (in the initializer and in what it calls) cannot race with what those threads do later; it
     * may race with what other threads did before.
     */
    default void classInitStarted(int site) { }

    /** The thread's static initializer returned or threw. */
    default void classInitEnded(int site) { }

    // ---- StampedLock optimistic reads -----------------------------------------------------

    /**
     * The thread called {@code tryOptimisticRead()} on a {@code StampedLock}: its reads until
     * {@link #optimisticReadEnded} may race with a writer and are thrown away when {@code validate} fails.
     */
    default void optimisticReadBegan(Object lock, int site) { }

    /** The thread calls {@code validate} (or any other method) on a {@code StampedLock}. */
    default void optimisticReadEnded(Object lock, int site) { }

    /**
     * The thread enters a method that the JDK's thread-safe classes call back on the program's objects
     * ({@code compareTo}, {@code compare}, {@code equals}, {@code hashCode}, {@code getDelay}). When the thread
     * is inside a call on a synchronizing object (it reported {@link #releasing} of its sync object and has
     * acquired nothing since), the callback reads objects that other threads handed to that object: it
     * acquires the sync object, and releases it when it returns ({@link #callbackExited}): what it read
     * was read inside the call, after the call's own release.
     */
    default void callbackEntered(int site) { }

    /** The thread returns from such a callback. */
    default void callbackExited(int site) { }

    /**
     * The thread enters a {@code hashCode()} of the program's: a callback ({@link #callbackEntered}), unless it is the
     * one {@link #releasingBeforeKeyHash} announced.
     */
    default void hashCodeEntered(int site) {
        callbackEntered(site);
    }

    /**
     * Before a call on a {@code ConcurrentHashMap} that hashes its key argument before it synchronizes ({@code get(key)},
     * {@code put(key, v)}...): a {@link #releasing} of {@code sync}, after which the thread's next callback, when it is a
     * {@code hashCode()}, is the argument's, run before the map's synchronization: it and the callbacks nested in it
     * acquire nothing from the map.
     */
    default void releasingBeforeKeyHash(Object sync, int site) {
        releasing(sync, site);
    }

    /**
     * A function the thread passed to a keyed call of a {@code ConcurrentHashMap} ({@code compute(key, f)},
     * {@code computeIfAbsent}, {@code computeIfPresent}, {@code merge}) begins, inside the call. The map's Javadoc
     * orders it after the updates of its key only: it acquires what the map's calls released ({@link #releasing} of
     * {@code map}) and what the functions of key number {@code key} released, but not what functions of other keys
     * released, so that two threads' functions on different keys that write one variable race. A later
     * {@link #acquired} of {@code map} acquires what every function released.
     *
     * @param key the key's number, below 64: keys of one number are ordered as one key
     */
    default void keyedFunctionEntered(Object map, int key, int site) {
        acquired(map, site);
    }

    /** Such a function returns or throws: it releases into its key's number and into {@code map}'s later acquires. */
    default void keyedFunctionExiting(Object map, int key, int site) {
        releasing(map, site);
    }
}
