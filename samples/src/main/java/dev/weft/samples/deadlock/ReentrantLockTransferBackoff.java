package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The correct twin of {@link ReentrantLockTransferDeadlock}: the tellers still lock {@code from} first,
 * but take {@code to} with {@code tryLock()}, and when it is busy they release {@code from}, back off
 * for a random moment and retry.
 *
 * <p>The first attempt of each teller replays the buggy interleaving on purpose: both tellers hold their
 * first account and meet at a rendezvous before asking for the second one. Now that request cannot
 * block: at least one {@code tryLock()} fails, that teller lets go of its account, and the other one
 * completes. The random back-off keeps the two from retrying in lock step forever. Each teller then
 * makes a few hundred more transfers the same way; the money is conserved and the program exits 0.
 *
 * <p><b>What weft reports</b>: nothing. The two tellers do take the account locks in opposite orders,
 * but the second lock of each pair is only ever taken by a {@code tryLock()}, which never waits, so
 * no schedule can deadlock: weft must not report a deadlock, nor a lock-order inversion.
 */
@Sample(
        shows = "Two tellers transfer between two accounts in opposite directions, taking the second"
                + " account's ReentrantLock with tryLock() and backing off when it is busy: no deadlock is possible.",
        expect = "none",
        twin = "ReentrantLockTransferDeadlock")
public final class ReentrantLockTransferBackoff {

    private static final int TRANSFERS_PER_TELLER = 300;

    private ReentrantLockTransferBackoff() {
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
        Account checking = new Account(1, 10_000);
        Account savings = new Account(2, 10_000);
        Rendezvous bothHoldTheirFirstAccount = new Rendezvous(2);

        Thread teller1 = new Thread(() -> transferMany(checking, savings, 3, bothHoldTheirFirstAccount), "teller-1");
        Thread teller2 = new Thread(() -> transferMany(savings, checking, 2, bothHoldTheirFirstAccount), "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance
                + " total=" + (checking.balance + savings.balance));
    }

    private static void transferMany(Account from, Account to, long amount, Rendezvous bothHoldTheirFirstAccount) {
        transfer(from, to, amount, bothHoldTheirFirstAccount);
        for (int i = 1; i < TRANSFERS_PER_TELLER; i++) {
            transfer(from, to, amount, null);
        }
    }

    /**
     * Moves {@code amount} from one account to the other without ever blocking while holding a lock.
     *
     * @param firstAttemptRendezvous if not null, where the first attempt waits while holding {@code from},
     *     to replay the interleaving that deadlocks the buggy twin
     */
    static void transfer(Account from, Account to, long amount, Rendezvous firstAttemptRendezvous) {
        Rendezvous rendezvous = firstAttemptRendezvous;
        while (true) {
            from.lock.lock();
            try {
                if (rendezvous != null) {
                    rendezvous.arriveAndAwait();
                    rendezvous = null;
                }
                if (to.lock.tryLock()) {
                    try {
                        from.balance -= amount;
                        to.balance += amount;
                        return;
                    } finally {
                        to.lock.unlock();
                    }
                }
            } finally {
                from.lock.unlock();
            }
            backOff();
        }
    }

    /** Pauses for a random 10 to 100 microseconds, so two colliding tellers soon get out of step. */
    private static void backOff() {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(10_000, 100_000));
    }
}
