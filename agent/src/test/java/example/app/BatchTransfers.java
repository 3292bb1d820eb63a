package example.app;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A batch of transfers locks every account it touches through method references, {@code forEach(Lock::lock)},
 * in the order the batch lists them; a second batch, 500 ms later, lists the same accounts the other way round.
 * The run does not deadlock, but another schedule would: weft predicts it (lock-order), in deadlock-only mode too.
 */
public final class BatchTransfers {
    static final Lock checking = new ReentrantLock(), savings = new ReentrantLock();
    static long checkingBalance = 100, savingsBalance = 100;

    static void transfer(List<Lock> accounts, long amount) {
        accounts.forEach(Lock::lock);
        try {
            checkingBalance -= amount;
            savingsBalance += amount;
        } finally {
            accounts.forEach(Lock::unlock);
        }
    }

    public static void main(String[] args) throws Exception {
        Thread morning = new Thread(() -> transfer(List.of(checking, savings), 10), "morning");
        Thread evening = new Thread(() -> {
            try { Thread.sleep(500); } catch (InterruptedException e) { }
            transfer(List.of(savings, checking), -10);
        }, "evening");
        morning.start(); evening.start(); morning.join(); evening.join();
        System.out.println("done " + (checkingBalance + savingsBalance));
    }
}
