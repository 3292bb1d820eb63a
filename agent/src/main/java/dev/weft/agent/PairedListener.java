package dev.weft.agent;

import dev.weft.runtime.Listener;

/**
 * Two listeners behind the one the hooks call: each event goes to the first, then to the second, on the
 * calling thread. The deadlock and race detectors run side by side this way; only one of the two
 * may wait or sleep in the program's stead ({@link Listener#waitsInstead}, {@link Listener#sleepsInstead}).
 */
record PairedListener(Listener first, Listener second) implements Listener {

    @Override
    public void monitorEnterRequested(Object monitor, int site) {
        first.monitorEnterRequested(monitor, site);
        second.monitorEnterRequested(monitor, site);
    }

    @Override
    public void monitorEntered(Object monitor, int site) {
        first.monitorEntered(monitor, site);
        second.monitorEntered(monitor, site);
    }

    @Override
    public void monitorExiting(Object monitor, int site) {
        first.monitorExiting(monitor, site);
        second.monitorExiting(monitor, site);
    }

    @Override
    public void wrapperLockTaking(Object mutex, int site) {
        first.wrapperLockTaking(mutex, site);
        second.wrapperLockTaking(mutex, site);
    }

    @Override
    public void wrapperLockReleased(Object mutex, int site) {
        first.wrapperLockReleased(mutex, site);
        second.wrapperLockReleased(mutex, site);
    }

    @Override
    public void lockRequested(Object lock, int site, boolean timed) {
        first.lockRequested(lock, site, timed);
        second.lockRequested(lock, site, timed);
    }

    @Override
    public void lockAcquired(Object lock, int site) {
        first.lockAcquired(lock, site);
        second.lockAcquired(lock, site);
    }

    @Override
    public void superLockAcquired(Object lock, int site) {
        first.superLockAcquired(lock, site);
        second.superLockAcquired(lock, site);
    }

    @Override
    public void superUnlocking(Object lock, int site) {
        first.superUnlocking(lock, site);
        second.superUnlocking(lock, site);
    }

    @Override
    public void lockTrying(Object lock, int site) {
        first.lockTrying(lock, site);
        second.lockTrying(lock, site);
    }

    @Override
    public void callTrying(Object sync, int site) {
        first.callTrying(sync, site);
        second.callTrying(sync, site);
    }

    @Override
    public void lockNotAcquired(Object lock, int site) {
        first.lockNotAcquired(lock, site);
        second.lockNotAcquired(lock, site);
    }

    @Override
    public void lockReleasing(Object lock, int site) {
        first.lockReleasing(lock, site);
        second.lockReleasing(lock, site);
    }

    @Override
    public void stampRequested(Object lock, boolean write, int site, boolean timed) {
        first.stampRequested(lock, write, site, timed);
        second.stampRequested(lock, write, site, timed);
    }

    @Override
    public void stampAcquired(Object lock, boolean write, int site) {
        first.stampAcquired(lock, write, site);
        second.stampAcquired(lock, write, site);
    }

    @Override
    public void stampNotAcquired(Object lock, int site) {
        first.stampNotAcquired(lock, site);
        second.stampNotAcquired(lock, site);
    }

    @Override
    public void stampReleasing(Object lock, boolean write, int site) {
        first.stampReleasing(lock, write, site);
        second.stampReleasing(lock, write, site);
    }

    @Override
    public void semaphoreRequested(Object semaphore, int site, boolean timed) {
        first.semaphoreRequested(semaphore, site, timed);
        second.semaphoreRequested(semaphore, site, timed);
    }

    @Override
    public void semaphoreAcquired(Object semaphore, int site) {
        first.semaphoreAcquired(semaphore, site);
        second.semaphoreAcquired(semaphore, site);
    }

    @Override
    public void semaphoreNotAcquired(Object semaphore, int site) {
        first.semaphoreNotAcquired(semaphore, site);
        second.semaphoreNotAcquired(semaphore, site);
    }

    @Override
    public void semaphoreReleasing(Object semaphore, int site) {
        first.semaphoreReleasing(semaphore, site);
        second.semaphoreReleasing(semaphore, site);
    }

    @Override
    public void semaphoreUnpaired(Object semaphore, int site) {
        first.semaphoreUnpaired(semaphore, site);
        second.semaphoreUnpaired(semaphore, site);
    }

    @Override
    public void waitRequested(Object monitor, int site, boolean timed) {
        first.waitRequested(monitor, site, timed);
        second.waitRequested(monitor, site, timed);
    }

    @Override
    public void waitReturned(Object monitor, int site) {
        first.waitReturned(monitor, site);
        second.waitReturned(monitor, site);
    }

    @Override
    public void waitEnded(Object monitor, int site) {
        first.waitEnded(monitor, site);
        second.waitEnded(monitor, site);
    }

    @Override
    public boolean waitsInstead(Object monitor, long millis, int site) throws InterruptedException {
        return first.waitsInstead(monitor, millis, site) || second.waitsInstead(monitor, millis, site);
    }

    @Override
    public void notifying(Object monitor, int site, boolean all) {
        first.notifying(monitor, site, all);
        second.notifying(monitor, site, all);
    }

    @Override
    public boolean sleepsInstead(long millis, int site) {
        return first.sleepsInstead(millis, site) || second.sleepsInstead(millis, site);
    }

    @Override
    public boolean timedOut() {
        return first.timedOut() || second.timedOut();
    }

    @Override
    public boolean schedules() {
        return first.schedules() || second.schedules();
    }

    @Override
    public boolean blockingCall(Object sync, java.util.function.BooleanSupplier canProceed, boolean timed, int site) {
        return first.blockingCall(sync, canProceed, timed, site) || second.blockingCall(sync, canProceed, timed, site);
    }

    @Override
    public void readsClock(String why, int site) {
        first.readsClock(why, site);
        second.readsClock(why, site);
    }

    @Override
    public boolean timedCall(Object sync, java.util.function.BooleanSupplier canProceed, int site) {
        return first.timedCall(sync, canProceed, site) || second.timedCall(sync, canProceed, site);
    }

    @Override
    public Boolean awaitsInstead(Object condition, Object lock, boolean timed, boolean interruptible, int site)
            throws InterruptedException {
        Boolean signalled = first.awaitsInstead(condition, lock, timed, interruptible, site);
        return signalled != null ? signalled : second.awaitsInstead(condition, lock, timed, interruptible, site);
    }

    @Override
    public void signalling(Object condition, Object lock, boolean all, int site) {
        first.signalling(condition, lock, all, site);
        second.signalling(condition, lock, all, site);
    }

    @Override
    public void conditionAwaiting(Object condition, Object lock, boolean timed, int site) {
        first.conditionAwaiting(condition, lock, timed, site);
        second.conditionAwaiting(condition, lock, timed, site);
    }

    @Override
    public void conditionAwaitReturned(Object condition, Object lock, int site) {
        first.conditionAwaitReturned(condition, lock, site);
        second.conditionAwaitReturned(condition, lock, site);
    }

    @Override
    public void conditionAwaitEnded(Object condition, Object lock, int site) {
        first.conditionAwaitEnded(condition, lock, site);
        second.conditionAwaitEnded(condition, lock, site);
    }

    @Override
    public boolean waitingCall(Object sync, int side, java.util.function.IntBinaryOperator releases, boolean timed,
                               int site) {
        return first.waitingCall(sync, side, releases, timed, site) | second.waitingCall(sync, side, releases, timed, site);
    }

    @Override
    public void waitingCallEnded(Object sync, int site) {
        first.waitingCallEnded(sync, site);
        second.waitingCallEnded(sync, site);
    }

    @Override
    public boolean parksInstead(boolean timed, int site) {
        return first.parksInstead(timed, site) || second.parksInstead(timed, site);
    }

    @Override
    public void yielding(int site) {
        first.yielding(site);
        second.yielding(site);
    }

    @Override
    public void atomicAccess(Object atomic, boolean write, int site) {
        first.atomicAccess(atomic, write, site);
        second.atomicAccess(atomic, write, site);
    }

    @Override
    public void threadMade(Thread thread, int site) {
        first.threadMade(thread, site);
        second.threadMade(thread, site);
    }

    @Override
    public void threadStarting(Thread thread, int site) {
        first.threadStarting(thread, site);
        second.threadStarting(thread, site);
    }

    @Override
    public void shutdownHookAdded(Thread hook, int site) {
        first.shutdownHookAdded(hook, site);
        second.shutdownHookAdded(hook, site);
    }

    @Override
    public void joinRequested(Thread thread, int site, boolean timed) {
        first.joinRequested(thread, site, timed);
        second.joinRequested(thread, site, timed);
    }

    @Override
    public void joinEnded(Thread thread, int site) {
        first.joinEnded(thread, site);
        second.joinEnded(thread, site);
    }

    /** The pair of the two's memory listeners, or the one of them that does not ignore memory accesses. */
    /** {@code listener} without {@code part} (a listener it pairs, at any depth): {@link Listener#NOOP} when nothing is left. */
    static Listener without(Listener listener, Listener part) {
        if (listener == part) {
            return NOOP;
        }
        if (!(listener instanceof PairedListener paired)) {
            return listener;
        }
        Listener a = without(paired.first, part);
        Listener b = without(paired.second, part);
        if (a == NOOP || b == NOOP) {
            return a == NOOP ? b : a;
        }
        return a == paired.first && b == paired.second ? listener : new PairedListener(a, b);
    }

    @Override
    public Listener memoryListener() {
        Listener a = first.memoryListener();
        Listener b = second.memoryListener();
        if (a == NOOP || b == NOOP) {
            return a == NOOP ? b : a;
        }
        return a == first && b == second ? this : new PairedListener(a, b);
    }

    @Override
    public void fieldRead(Object owner, int field, int site) {
        first.fieldRead(owner, field, site);
        second.fieldRead(owner, field, site);
    }

    @Override
    public void fieldWritten(Object owner, int field, int site) {
        first.fieldWritten(owner, field, site);
        second.fieldWritten(owner, field, site);
    }

    @Override
    public void volatileReading(Object owner, int field, int site) {
        first.volatileReading(owner, field, site);
        second.volatileReading(owner, field, site);
    }

    @Override
    public void volatileRead(Object owner, int field, int site) {
        first.volatileRead(owner, field, site);
        second.volatileRead(owner, field, site);
    }

    @Override
    public void volatileWriting(Object owner, int field, int site) {
        first.volatileWriting(owner, field, site);
        second.volatileWriting(owner, field, site);
    }

    @Override
    public void arrayRead(Object array, int index, int site) {
        first.arrayRead(array, index, site);
        second.arrayRead(array, index, site);
    }

    @Override
    public void arrayWritten(Object array, int index, int site) {
        first.arrayWritten(array, index, site);
        second.arrayWritten(array, index, site);
    }

    @Override
    public void arrayElementsAccessed(Object array, int from, int to, boolean write, int site) {
        first.arrayElementsAccessed(array, from, to, write, site);
        second.arrayElementsAccessed(array, from, to, write, site);
    }

    @Override
    public void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) {
        first.contentsAccessed(collection, shownAs, write, site);
        second.contentsAccessed(collection, shownAs, write, site);
    }

    @Override
    public void lockedContentsAccessed(Object lock, Object collection, Class<?> shownAs, boolean write, int site) {
        first.lockedContentsAccessed(lock, collection, shownAs, write, site);
        second.lockedContentsAccessed(lock, collection, shownAs, write, site);
    }

    @Override
    public void interrupting(Thread thread, int site) {
        first.interrupting(thread, site);
        second.interrupting(thread, site);
    }

    @Override
    public void releasing(Object sync, int site) {
        first.releasing(sync, site);
        second.releasing(sync, site);
    }

    @Override
    public void acquired(Object sync, int site) {
        first.acquired(sync, site);
        second.acquired(sync, site);
    }

    @Override
    public void releasingShared(Object sync, int site) {
        first.releasingShared(sync, site);
        second.releasingShared(sync, site);
    }

    @Override
    public void acquiredExclusive(Object sync, int site) {
        first.acquiredExclusive(sync, site);
        second.acquiredExclusive(sync, site);
    }

    @Override
    public void lockCreated(Object lock, int site) {
        first.lockCreated(lock, site);
        second.lockCreated(lock, site);
    }

    @Override
    public void classInitStarted(int site) {
        first.classInitStarted(site);
        second.classInitStarted(site);
    }

    @Override
    public void classInitEnded(int site) {
        first.classInitEnded(site);
        second.classInitEnded(site);
    }

    @Override
    public void optimisticReadBegan(Object lock, int site) {
        first.optimisticReadBegan(lock, site);
        second.optimisticReadBegan(lock, site);
    }

    @Override
    public void optimisticReadEnded(Object lock, int site) {
        first.optimisticReadEnded(lock, site);
        second.optimisticReadEnded(lock, site);
    }

    @Override
    public void callbackEntered(int site) {
        first.callbackEntered(site);
        second.callbackEntered(site);
    }

    @Override
    public void callbackExited(int site) {
        first.callbackExited(site);
        second.callbackExited(site);
    }

    @Override
    public void hashCodeEntered(int site) {
        first.hashCodeEntered(site);
        second.hashCodeEntered(site);
    }

    @Override
    public void releasingBeforeKeyHash(Object sync, int site) {
        first.releasingBeforeKeyHash(sync, site);
        second.releasingBeforeKeyHash(sync, site);
    }

    @Override
    public void keyedFunctionEntered(Object map, int key, int site) {
        first.keyedFunctionEntered(map, key, site);
        second.keyedFunctionEntered(map, key, site);
    }

    @Override
    public void keyedFunctionExiting(Object map, int key, int site) {
        first.keyedFunctionExiting(map, key, site);
        second.keyedFunctionExiting(map, key, site);
    }
}
