package example.apphunt;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bank transfers that take both accounts' locks with {@code tryLock(timeout)}, backing off (releasing the first
 * lock) when the second is busy, in whatever order the transfer names them; balances are plain fields changed only
 * with both locks held, and an auditor sums them taking every lock in turn.
 */
// weft: expect none
public final class TransferTryLockBackoff {

    static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        long balance = 1_000;
        int transfers;
    }

    static void transfer(Account from, Account to, long amount) throws InterruptedException {
        while (true) {
            if (from.lock.tryLock(1, TimeUnit.MILLISECONDS)) {
                try {
                    if (to.lock.tryLock(1, TimeUnit.MILLISECONDS)) {
                        try {
                            from.balance -= amount;
                            to.balance += amount;
                            from.transfers++;
                            to.transfers++;
                            return;
                        } finally {
                            to.lock.unlock();
                        }
                    }
                } finally {
                    from.lock.unlock();
                }
            }
            Thread.sleep(0, ThreadLocalRandom.current().nextInt(1_000));
        }
    }

    public static void main(String[] args) throws Exception {
        Account[] accounts = new Account[4];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account();
        }
        Thread[] tellers = new Thread[3];
        for (int t = 0; t < tellers.length; t++) {
            int teller = t;
            tellers[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        transfer(accounts[(i + teller) % 4], accounts[(i + teller + 1 + i % 2) % 4], 5 + i % 7);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "teller-" + t);
            tellers[t].start();
        }
        for (Thread teller : tellers) {
            teller.join();
        }
        long total = 0;
        for (Account account : accounts) {
            account.lock.lock();
            try {
                total += account.balance;
            } finally {
                account.lock.unlock();
            }
        }
        System.out.println("total " + total);
    }
}
