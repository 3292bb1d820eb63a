package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A ledger's posting is a small transaction: {@code begin()} takes the ledger's lock and {@code commit()} writes the
 * journal and releases it in its {@code finally}, so the lock is held across two methods of the caller. Three clerks
 * post 300 entries each; {@code main} reads the balance and journal after joining them.
 */
// weft: expect none
public final class LedgerLockAcrossMethods {

    static final class Ledger {
        private final ReentrantLock lock = new ReentrantLock();
        private final List<String> journal = new ArrayList<>();
        private long balance;
        private long pending;

        void begin(long amount) {
            lock.lock();
            pending = amount;
        }

        void commit(String clerk) {
            try {
                balance += pending;
                journal.add(clerk + ":" + pending);
            } finally {
                pending = 0;
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ledger ledger = new Ledger();
        List<Thread> clerks = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            String name = "clerk-" + c;
            Thread clerk = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    ledger.begin(i % 7 + 1);
                    ledger.commit(name);
                }
            }, name);
            clerks.add(clerk);
            clerk.start();
        }
        for (Thread clerk : clerks) {
            clerk.join();
        }
        System.out.println(ledger.balance + " in " + ledger.journal.size() + " entries");
    }
}
