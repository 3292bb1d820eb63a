package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;

/**
 * Two tellers move money between the same two accounts in opposite directions, and each transfer locks
 * its accounts with {@code synchronized} in argument order: first {@code from}, then {@code to}.
 *
 * <p>{@code teller-1} transfers from checking to savings at once; {@code teller-2}, alive at the same time,
 * transfers from savings to checking a quarter of a second later, by which time {@code teller-1} is done. The
 * run finishes and the money adds up. But nothing orders the two transfers: had {@code teller-1} been
 * paused between its two {@code synchronized} blocks, each teller would hold one account and wait for the
 * other forever (as in {@code deadlock.SynchronizedTransferDeadlock}, where a rendezvous forces it).
 *
 * <p><b>What weft reports</b>: a {@code lock-order} inversion (potential deadlock) of the two
 * {@code Account} monitors between {@code teller-1} and {@code teller-2}: each asks for its {@code to}
 * account at the inner {@code synchronized (to)} of {@code transfer} while holding its {@code from} account,
 * taken at the outer {@code synchronized (from)}.
 *
 * <p><b>The fix</b>: {@link SynchronizedOrdered} locks the two accounts in the order of their ids, whatever
 * the direction of the transfer.
 */
@Sample(
        shows = "Two tellers transfer between two accounts in opposite directions, locking the accounts with"
                + " synchronized in argument order, a quarter of a second apart: no deadlock this time, a potential one.",
        expect = "lock-order",
        threads = {"teller-1", "teller-2"},
        twin = "SynchronizedOrdered")
public final class SynchronizedInversion {

    private SynchronizedInversion() {
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

        Thread teller1 = new Thread(() -> transfer(checking, savings, 30), "teller-1");
        Thread teller2 = new Thread(() -> {
            Pause.sleep(Pause.STAGGER_MILLIS);
            transfer(savings, checking, 20);
        }, "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance);
    }

    /** Moves {@code amount} from one account to the other, locking {@code from} first: the bug. */
    static void transfer(Account from, Account to, long amount) {
        synchronized (from) { // weft: holds
            synchronized (to) { // weft: order
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
