package com.example.locks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Fixture: calls of {@link Lock} methods through each kind of receiver type. */
public final class Locks {

    private Locks() { }

    static List<Boolean> reentrantLock() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.unlock();
        lock.lockInterruptibly();
        lock.unlock();
        boolean acquired = lock.tryLock();
        lock.unlock();
        boolean acquiredInTime = lock.tryLock(1, TimeUnit.SECONDS);
        lock.unlock();
        return List.of(acquired, acquiredInTime, lock.isLocked());
    }

    static boolean throughInterface() {
        Lock lock = new ReentrantLock();
        lock.lock();
        lock.unlock();
        return lock.tryLock();
    }

    static void readWriteLock() {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        lock.readLock().lock();
        lock.readLock().unlock();
        lock.writeLock().lock();
        lock.writeLock().unlock();
    }

    static void userLock() {
        DelegatingLock lock = new DelegatingLock();
        lock.lock();
        lock.unlock();
    }

    static boolean unrelatedLockMethod() {
        Door door = new Door();
        door.lock();
        return door.locked;
    }

    static int lockLine() {
        Lock lock = new ReentrantLock();
        int line = Lines.here(); lock.lock();
        lock.unlock();
        return line;
    }

    /** Not a {@link Lock}: its {@code lock()} is an ordinary method. */
    static final class Door {
        boolean locked;

        void lock() {
            locked = true;
        }
    }
}
