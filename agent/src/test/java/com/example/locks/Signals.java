package com.example.locks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/** Fixture: interrupts, {@code isAlive}, {@code getState}, park/unpark, {@code VarHandle}s, field updaters and conditions. */
public final class Signals {

    private Signals() { }

    static final class Cell {
        volatile int count;
        Object value;
    }

    private static final VarHandle VALUE;
    private static final AtomicIntegerFieldUpdater<Cell> COUNT =
            AtomicIntegerFieldUpdater.newUpdater(Cell.class, "count");

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Cell.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static List<Boolean> interruptSelf() {
        Thread self = Thread.currentThread();
        self.interrupt();
        boolean seen = self.isInterrupted();
        boolean cleared = Thread.interrupted();
        boolean again = Thread.interrupted();
        return List.of(seen, cleared, again);
    }

    /** Interrupts itself, then sleeps: the sleep throws, and the handler receives the interrupt. */
    static String interruptedSleep() {
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10_000);
            return "slept";
        } catch (InterruptedException e) {
            return "woken";
        }
    }

    static Thread aliveUntilEnded() {
        Thread worker = new Thread(() -> { }, "worker");
        worker.start();
        while (worker.isAlive()) {
            Thread.onSpinWait();
        }
        return worker;
    }

    static Thread terminatedStateSeen() {
        Thread worker = new Thread(() -> { }, "worker");
        worker.start();
        while (worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        return worker;
    }

    static Thread unparkThenPark() {
        Thread self = Thread.currentThread();
        LockSupport.unpark(self);
        LockSupport.park();
        return self;
    }

    static List<Object> varHandleAccesses() {
        Cell cell = new Cell();
        VALUE.setRelease(cell, "config");
        Object read = VALUE.getAcquire(cell);
        boolean swapped = VALUE.compareAndSet(cell, "config", "next");
        VarHandle.releaseFence();
        return List.of(VALUE, read, swapped, cell.value);
    }

    static List<Object> fieldUpdater() {
        Cell cell = new Cell();
        COUNT.incrementAndGet(cell);
        return List.of(COUNT, cell.count);
    }

    static List<Object> conditionAwaitAndSignal() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        Condition ready = lock.newCondition();
        lock.lock();
        try {
            boolean signalled = ready.await(1, TimeUnit.MILLISECONDS);
            ready.signal();
            return List.of(lock, signalled);
        } finally {
            lock.unlock();
        }
    }

    static String interruptCaughtAsException() {
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10_000);
            return "slept";
        } catch (Exception e) {
            return "woken";
        }
    }

    static String otherExceptionCaughtAsException() {
        try {
            throw new IllegalStateException("not an interrupt");
        } catch (Exception e) {
            return "caught";
        }
    }

    static String interruptThroughFinally() {
        String[] seen = {null};
        try {
            sleepLogged(seen);
        } catch (InterruptedException e) {
            return seen[0];
        }
        return "slept";
    }

    private static void sleepLogged(String[] seen) throws InterruptedException {
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10_000);
        } finally {
            seen[0] = "logged";
        }
    }
}
