package example.app;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link BatchTransfers} fixed: each batch sorts its accounts by number before it locks them through method
 * references ({@code forEach(Lock::lock)}, and {@code Runnable} references of one lock), so every thread takes
 * them in one order: no lock-order finding.
 */
public final class BatchTransfersSorted {
    record Account(int number, Lock lock) { }

    static final Account checking = new Account(1, new ReentrantLock()), savings = new Account(2, new ReentrantLock());
    static long checkingBalance = 100, savingsBalance = 100;

    static void transfer(List<Account> accounts, long amount) {
        List<Lock> locks = accounts.stream().sorted(Comparator.comparingInt(Account::number)).map(Account::lock).toList();
        locks.forEach(Lock::lock);
        try {
            checkingBalance -= amount;
            savingsBalance += amount;
        } finally {
            locks.forEach(Lock::unlock);
        }
    }

    static void audit() {
        Runnable lockChecking = checking.lock()::lock, unlockChecking = checking.lock()::unlock;
        lockChecking.run();
        try {
            System.out.println("audited " + checkingBalance);
        } finally {
            unlockChecking.run();
        }
    }

    public static void main(String[] args) throws Exception {
        Thread morning = new Thread(() -> transfer(List.of(checking, savings), 10), "morning");
        Thread evening = new Thread(() -> {
            try { Thread.sleep(500); } catch (InterruptedException e) { }
            transfer(List.of(savings, checking), -10);
            audit();
        }, "evening");
        morning.start(); evening.start(); morning.join(); evening.join();
        System.out.println("done " + (checkingBalance + savingsBalance));
    }
}
