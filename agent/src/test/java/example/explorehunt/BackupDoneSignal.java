package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A backup job signals a {@code Condition} when it is done; the operator takes the lock and awaits the signal, with no
 * state to check first. When the job finishes before the operator awaits, its signal finds nobody and is lost: the
 * operator waits for good.
 */
// weft: expect deadlock
public final class BackupDoneSignal {

    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition DONE = LOCK.newCondition();
    static int filesCopied;

    public static void main(String[] args) throws InterruptedException {
        Thread backup = new Thread(() -> {
            LOCK.lock();
            try {
                filesCopied = 42;
                DONE.signal();
            } finally {
                LOCK.unlock();
            }
        }, "backup");
        backup.start();
        LOCK.lock();
        try {
            DONE.await(); // the bug: no "done" state, so a signal that came first is lost
            System.out.println("copied " + filesCopied);
        } finally {
            LOCK.unlock();
        }
        backup.join();
    }
}
