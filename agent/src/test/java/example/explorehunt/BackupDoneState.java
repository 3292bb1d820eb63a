package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** {@link BackupDoneSignal} with a {@code done} flag set under the lock, awaited in a {@code while} loop. */
// weft: expect none
public final class BackupDoneState {

    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition DONE = LOCK.newCondition();
    static int filesCopied;
    static boolean done;

    public static void main(String[] args) throws InterruptedException {
        Thread backup = new Thread(() -> {
            LOCK.lock();
            try {
                filesCopied = 42;
                done = true;
                DONE.signal();
            } finally {
                LOCK.unlock();
            }
        }, "backup");
        backup.start();
        LOCK.lock();
        try {
            while (!done) {
                DONE.await();
            }
            System.out.println("copied " + filesCopied);
        } finally {
            LOCK.unlock();
        }
        backup.join();
    }
}
