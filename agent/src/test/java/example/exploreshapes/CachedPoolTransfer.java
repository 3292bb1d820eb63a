package example.exploreshapes;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/** Two transfers on a cached pool lock their two accounts in argument order: opposite transfers deadlock. */
// weft: expect deadlock
public final class CachedPoolTransfer {

    private static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        int balance = 100;
    }

    public static void main(String[] args) throws Exception {
        Account a = new Account();
        Account b = new Account();
        ExecutorService pool = Executors.newCachedThreadPool();
        Future<?> first = pool.submit(() -> transfer(a, b, 10));
        Future<?> second = pool.submit(() -> transfer(b, a, 20));
        first.get();
        second.get();
        pool.shutdown();
        System.out.println(a.balance + " " + b.balance);
    }

    private static void transfer(Account from, Account to, int amount) {
        from.lock.lock();
        try {
            to.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }
}
