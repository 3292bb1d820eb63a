package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two tellers move money between the same two accounts in opposite directions; each account has its
 * own {@link ReentrantLock}, and a transfer calls {@code lock()} on {@code from}, then on {@code to}.
 *
 * <p>The same bug as {@link SynchronizedTransferDeadlock}, with {@code java.util.concurrent} locks:
 * {@code teller-1} transfers from checking to savings, {@code teller-2} from savings to checking. Each
 * locks its {@code from} account, the two meet at a rendezvous (so it happens on every run), and each
 * then calls {@code lock()} on the account the other one holds. {@code lock()} is not interruptible and
 * has no timeout, so both wait forever; {@code main} waits in {@code join()} outside the deadlock.
 *
 * <p><b>What weft reports</b>: a deadlock between {@code teller-1} and {@code teller-2} on the two
 * accounts' {@code ReentrantLock}s. Each teller waits in {@code transfer} at {@code to.lock.lock()}
 * for the lock the other teller took at {@code from.lock.lock()} a few lines above.
 *
 * <p><b>The fix</b>: {@link ReentrantLockTransferBackoff} takes the second lock with {@code tryLock()}
 * and, when it is busy, releases the first, backs off and retries, so no teller ever blocks while
 * holding a lock.
 */
@Sample(
        shows = "Two tellers transfer between two accounts in opposite directions, calling lock() on each"
                + " account's ReentrantLock in argument order: a real deadlock on two java.util.concurrent locks.",
        expect = "deadlock",
        threads = {"teller-1", "teller-2"},
        twin = "ReentrantLockTransferBackoff")
public final class ReentrantLockTransferDeadlock {

    private ReentrantLockTransferDeadlock() {
    }

    /** A bank account; {@code lock} guards {@code balance}. */
    static final class Account {
        final int id;
        final ReentrantLock lock = new ReentrantLock();
        long balance;

        Account(int id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account checking = new Account(1, 100);
        Account savings = new Account(2, 100);
        Rendezvous bothHoldTheirFirstAccount = new Rendezvous(2);

        Thread teller1 = new Thread(() -> transfer(checking, savings, 30, bothHoldTheirFirstAccount), "teller-1");
        Thread teller2 = new Thread(() -> transfer(savings, checking, 20, bothHoldTheirFirstAccount), "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance);
    }

    /** Moves {@code amount} from one account to the other, locking {@code from} first: the bug. */
    static void transfer(Account from, Account to, long amount, Rendezvous bothHoldTheirFirstAccount) {
        from.lock.lock(); // weft: holds
        try {
            bothHoldTheirFirstAccount.arriveAndAwait();
            to.lock.lock(); // weft: waits
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
