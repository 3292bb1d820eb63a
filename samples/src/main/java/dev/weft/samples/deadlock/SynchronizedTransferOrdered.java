package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link SynchronizedTransferDeadlock}: two tellers transfer between the same two
 * accounts in opposite directions, and every transfer locks the account with the lower id first.
 *
 * <p>Both tellers start together and make thousands of transfers each, so their locking overlaps all
 * the time, yet all threads take the two monitors in the same global order and can never wait for each
 * other in a cycle. The money is conserved and the program exits 0.
 *
 * <p><b>What weft reports</b>: nothing, neither a deadlock nor a lock-order inversion.
 */
@Sample(
        shows = "Two tellers transfer between two accounts in opposite directions, always locking the"
                + " account with the lower id first: a consistent lock order, so no deadlock.",
        expect = "none",
        twin = "SynchronizedTransferDeadlock")
public final class SynchronizedTransferOrdered {

    private static final int TRANSFERS_PER_TELLER = 10_000;

    private SynchronizedTransferOrdered() {
    }

    /** A bank account; its monitor guards its balance. */
    static final class Account {
        final int id;
        long balance;

        Account(int id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account checking = new Account(1, 100_000);
        Account savings = new Account(2, 100_000);
        Rendezvous start = new Rendezvous(2);

        Thread teller1 = new Thread(() -> transferMany(checking, savings, 3, start), "teller-1");
        Thread teller2 = new Thread(() -> transferMany(savings, checking, 2, start), "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance
                + " total=" + (checking.balance + savings.balance));
    }

    private static void transferMany(Account from, Account to, long amount, Rendezvous start) {
        start.arriveAndAwait();
        for (int i = 0; i < TRANSFERS_PER_TELLER; i++) {
            transfer(from, to, amount);
        }
    }

    /** Moves {@code amount} from one account to the other, locking the lower id first: the fix. */
    static void transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
