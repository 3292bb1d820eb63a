package example.explorehunt;

import java.util.concurrent.locks.StampedLock;

/**
 * The twin of {@link LedgerStampConvertSpin}: an auditor whose conversion fails gives its read stamp up, waits for a
 * write stamp, and checks the ledger again under it (the other auditor may have corrected it meanwhile).
 */
// weft: expect none
public final class LedgerStampConvertRelock {

    static final StampedLock LEDGER = new StampedLock();
    static int balance = 90;
    static int corrections;

    static void audit() {
        long stamp = LEDGER.readLock();
        try {
            if (balance < 100) {
                long write = LEDGER.tryConvertToWriteLock(stamp);
                if (write == 0L) {
                    LEDGER.unlockRead(stamp);
                    write = LEDGER.writeLock();
                }
                stamp = write;
                if (balance < 100) {
                    balance += 10;
                    corrections++;
                }
            }
        } finally {
            LEDGER.unlock(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(LedgerStampConvertRelock::audit, "auditor-1");
        Thread second = new Thread(LedgerStampConvertRelock::audit, "auditor-2");
        first.start();
        second.start();
        first.join();
        second.join();
        if (balance != 100 || corrections != 1) {
            throw new IllegalStateException("balance " + balance + " after " + corrections + " corrections");
        }
        System.out.println("balance " + balance + " after " + corrections + " correction");
    }
}
