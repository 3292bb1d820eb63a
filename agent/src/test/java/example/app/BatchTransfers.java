package example.app;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A batch of transfers locks every account it touches through method references, {@code forEach(Lock::lock)},
 * in the order the batch lists them; a second batch, once the first is done (a latch), lists them the other way round.
 * The run never deadlocks, but another schedule would: weft predicts it (lock-order), in deadlock-only mode too.
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
        java.util.concurrent.CountDownLatch morningDone = new java.util.concurrent.CountDownLatch(1);
        Thread morning = new Thread(() -> {
            transfer(List.of(checking, savings), 10);
            morningDone.countDown();
        }, "morning");
        Thread evening = new Thread(() -> {
            try { morningDone.await(); } catch (InterruptedException e) { return; }
            transfer(List.of(savings, checking), -10);
        }, "evening");
        morning.start(); evening.start(); morning.join(); evening.join();
        System.out.println("done " + (checkingBalance + savingsBalance));
    }
}
