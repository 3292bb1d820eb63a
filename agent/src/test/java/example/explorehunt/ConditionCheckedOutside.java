package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A worker that checks a volatile {@code ready} flag outside the lock, then awaits the condition once: when the starter
 * sets the flag and signals between the check and the await, the signal is lost and the worker waits forever.
 */
// weft: expect deadlock
public final class ConditionCheckedOutside {

    static final ReentrantLock lock = new ReentrantLock();
    static final Condition started = lock.newCondition();
    static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                if (!ready) { // the bug: checked outside the lock, and not again after waking
                    lock.lock();
                    try {
                        started.await();
                    } finally {
                        lock.unlock();
                    }
                }
                System.out.println("working");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "worker");
        Thread starter = new Thread(() -> {
            lock.lock();
            try {
                ready = true;
                started.signalAll();
            } finally {
                lock.unlock();
            }
        }, "starter");
        worker.start();
        starter.start();
        worker.join();
        starter.join();
    }
}
