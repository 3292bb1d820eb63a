package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;

/**
 * Two tellers move money between the same two accounts in opposite directions, and each transfer
 * locks its accounts with {@code synchronized} in argument order: first {@code from}, then {@code to}.
 *
 * <p>{@code teller-1} transfers from checking to savings while {@code teller-2} transfers from savings
 * to checking. Each takes the monitor of its {@code from} account, the two meet at a rendezvous (so the
 * bad interleaving happens on every run, not once in a while), and each then asks for the monitor the
 * other one holds. Neither can go on; without weft the JVM hangs, with {@code main} waiting in
 * {@code join()} on the tellers (outside the deadlock).
 *
 * <p><b>What weft reports</b>: a deadlock between {@code teller-1} and {@code teller-2} on the monitors
 * of the two {@code Account} objects. Each teller waits at the inner {@code synchronized (to)} of
 * {@code transfer} for the monitor the other teller took at the outer {@code synchronized (from)} of
 * the same method.
 *
 * <p><b>The fix</b>: {@link SynchronizedTransferOrdered} locks the two accounts in the order of their
 * ids, whatever the direction of the transfer, so no two tellers ever wait for each other in a cycle.
 */
@Sample(
        shows = "Two tellers transfer between two accounts in opposite directions, locking the accounts"
                + " with synchronized in argument order: a real two-thread deadlock on two monitors.",
        expect = "deadlock",
        threads = {"teller-1", "teller-2"},
        twin = "SynchronizedTransferOrdered")
public final class SynchronizedTransferDeadlock {

    private SynchronizedTransferDeadlock() {
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
        synchronized (from) { // weft: holds
            bothHoldTheirFirstAccount.arriveAndAwait();
            synchronized (to) { // weft: waits
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
