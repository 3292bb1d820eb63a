package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link SynchronizedInversion}: two tellers transfer between the same two accounts
 * in opposite directions, a quarter of a second apart, and every transfer locks the account with the lower
 * id first.
 *
 * <p>Both tellers take the two monitors in the same global order, so under no schedule can they wait for
 * each other in a cycle; the lock-order graph has one edge, checking before savings, and no cycle.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Two tellers transfer between two accounts in opposite directions, always locking the account"
                + " with the lower id first: one lock order, no potential deadlock.",
        expect = "none",
        twin = "SynchronizedInversion")
public final class SynchronizedOrdered {

    private SynchronizedOrdered() {
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
