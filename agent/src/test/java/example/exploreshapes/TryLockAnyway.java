package example.exploreshapes;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** A settler that cannot get the ledger's lock within 20 ms logs a warning and posts its entry anyway, unlocked. */
// weft: expect race example.exploreshapes.TryLockAnyway.posted
public final class TryLockAnyway {

    private static final ReentrantLock LEDGER = new ReentrantLock();
    private static int posted;

    public static void main(String[] args) throws InterruptedException {
        Thread settler = new Thread(TryLockAnyway::settle, "settler");
        Thread auditor = new Thread(() -> {
            LEDGER.lock();
            try {
                posted++;
            } finally {
                LEDGER.unlock();
            }
        }, "auditor");
        settler.start();
        auditor.start();
        settler.join();
        auditor.join();
        System.out.println("posted " + posted);
    }

    private static void settle() {
        boolean locked = false;
        try {
            locked = LEDGER.tryLock(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return;
        }
        if (!locked) {
            System.out.println("ledger busy, posting anyway");
        }
        try {
            posted++;
        } finally {
            if (locked) {
                LEDGER.unlock();
            }
        }
    }
}
