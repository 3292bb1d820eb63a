package example.apphunt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A ledger guards each account with a test-and-test-and-set spin lock of its own, an application class implementing
 * {@code Lock} on an {@code AtomicBoolean} ({@code lock}, {@code tryLock}, {@code tryLock(timeout)} with
 * {@code Thread.onSpinWait}); tellers move money between two accounts taken in the order of their numbers, an auditor
 * tries each account's lock with a time-out and reads its balance and history under it.
 */
// weft: expect none
public final class LedgerSpinLocks {

    static final class SpinLock implements Lock {
        private final AtomicBoolean held = new AtomicBoolean();

        @Override
        public void lock() {
            while (true) {
                while (held.get()) {
                    Thread.onSpinWait();
                }
                if (held.compareAndSet(false, true)) {
                    return;
                }
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                Thread.onSpinWait();
            }
        }

        @Override
        public boolean tryLock() {
            return !held.get() && held.compareAndSet(false, true);
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            while (!tryLock()) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.onSpinWait();
            }
            return true;
        }

        @Override
        public void unlock() {
            held.set(false);
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }

    static final class Account {
        final int number;
        final Lock lock = new SpinLock();
        long cents = 10_000;
        int entries;

        Account(int number) {
            this.number = number;
        }
    }

    static void transfer(Account from, Account to, long cents) {
        Account first = from.number < to.number ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                from.cents -= cents;
                to.cents += cents;
                from.entries++;
                to.entries++;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        Account[] accounts = new Account[4];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account(i);
        }
        Thread[] tellers = new Thread[3];
        for (int t = 0; t < tellers.length; t++) {
            int teller = t;
            tellers[t] = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    transfer(accounts[(i + teller) % 4], accounts[(i + teller + 1 + i % 2) % 4], 1 + i % 5);
                }
            }, "teller-" + t);
            tellers[t].start();
        }
        Thread auditor = new Thread(() -> {
            long seen = 0;
            for (int round = 0; round < 50; round++) {
                for (Account account : accounts) {
                    try {
                        if (account.lock.tryLock(5, TimeUnit.MILLISECONDS)) {
                            try {
                                seen += account.cents + account.entries;
                            } finally {
                                account.lock.unlock();
                            }
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            System.out.println("auditor saw " + seen);
        }, "auditor");
        auditor.start();
        for (Thread teller : tellers) {
            teller.join();
        }
        auditor.join();
        long total = 0;
        for (Account account : accounts) {
            total += account.cents;
        }
        System.out.println("total " + total);
    }
}
