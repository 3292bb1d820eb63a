package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two services, each guarding its state with a {@code ReentrantLock} and calling the other through its
 * interface: filing a claim locks the claims, then reserves money from the ledger; closing the books locks
 * the ledger, then asks the claims for their open total. A clerk filing and an accountant closing take the
 * two locks in opposite orders.
 */
// weft: expect deadlock
public final class ClaimsServicesDeadlock {

    interface Claims {
        void file(String claim, int amount);

        int openTotal();
    }

    interface Ledger {
        void reserve(int amount);

        int close();
    }

    static final class ClaimsDesk implements Claims {
        private final ReentrantLock lock = new ReentrantLock();
        private final List<Integer> open = new ArrayList<>();
        Ledger ledger;

        @Override
        public void file(String claim, int amount) {
            lock.lock();
            try {
                open.add(amount);
                ledger.reserve(amount);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public int openTotal() {
            lock.lock();
            try {
                return open.stream().mapToInt(Integer::intValue).sum();
            } finally {
                lock.unlock();
            }
        }
    }

    static final class GeneralLedger implements Ledger {
        private final ReentrantLock lock = new ReentrantLock();
        private int reserved;
        Claims claims;

        @Override
        public void reserve(int amount) {
            lock.lock();
            try {
                reserved += amount;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public int close() {
            lock.lock();
            try {
                return reserved - claims.openTotal();
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ClaimsDesk desk = new ClaimsDesk();
        GeneralLedger ledger = new GeneralLedger();
        desk.ledger = ledger;
        ledger.claims = desk;
        Claims claims = desk;
        Ledger books = ledger;
        Thread clerk = new Thread(() -> claims.file("hail damage", 700), "clerk");
        Thread accountant = new Thread(() -> {
            MonitorMeetsLock.pause(args);
            System.out.println("balance: " + books.close());
        }, "accountant");
        clerk.start();
        accountant.start();
        clerk.join();
        accountant.join();
    }
}
