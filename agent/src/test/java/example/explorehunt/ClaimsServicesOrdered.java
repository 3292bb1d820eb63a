package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link ClaimsServicesDeadlock} with the ledger's {@code close} asking the claims for their open total before it
 * takes its own lock: no thread holds one service's lock while it waits for the other's.
 */
// weft: expect none
public final class ClaimsServicesOrdered {

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
            int open = claims.openTotal();
            lock.lock();
            try {
                return reserved - open;
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
