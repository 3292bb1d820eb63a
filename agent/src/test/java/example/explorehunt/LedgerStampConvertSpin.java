package example.explorehunt;

import java.util.concurrent.locks.StampedLock;

/**
 * Two auditors read a ledger under a read stamp of a {@code StampedLock} and, when it needs a correction, try a few
 * times to convert their stamp to a write stamp, spinning between tries. A conversion succeeds only while no other
 * thread holds a read stamp: when both auditors hold theirs, the first one's tries all fail while the other reads, and
 * it gives up with an exception (a bounded upgrade livelock). The tries are untimed {@code tryConvertToWriteLock}
 * calls, scheduling points since the twenty-second session.
 */
// weft: expect failure
public final class LedgerStampConvertSpin {

    static final StampedLock LEDGER = new StampedLock();
    static int balance = 90;
    static int corrections;

    static void audit() {
        long stamp = LEDGER.readLock();
        try {
            if (balance < 100) {
                long write = 0L;
                for (int tries = 0; tries < 3 && write == 0L; tries++) {
                    write = LEDGER.tryConvertToWriteLock(stamp); // the bug: fails for as long as the other auditor reads
                    Thread.onSpinWait();
                }
                if (write == 0L) {
                    throw new IllegalStateException("gave up upgrading the ledger's read stamp");
                }
                stamp = write;
                balance += 10;
                corrections++;
            }
        } finally {
            LEDGER.unlock(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(LedgerStampConvertSpin::audit, "auditor-1");
        Thread second = new Thread(LedgerStampConvertSpin::audit, "auditor-2");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("balance " + balance + " after " + corrections + " correction(s)");
    }
}
