package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** {@link ConditionCheckedOutside} with the flag checked under the lock, in a loop around the await. */
// weft: expect none
public final class ConditionCheckedInside {

    static final ReentrantLock lock = new ReentrantLock();
    static final Condition started = lock.newCondition();
    static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                lock.lock();
                try {
                    while (!ready) {
                        started.await();
                    }
                } finally {
                    lock.unlock();
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
