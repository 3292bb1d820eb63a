package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;

/**
 * Two tellers transfer between the same two accounts in opposite directions, locking the accounts in
 * argument order as in {@link SynchronizedInversion}, but every transfer first takes the bank's gate lock
 * and holds it throughout.
 *
 * <p>The tellers start together and make a thousand transfers each, overlapping all the time. The two
 * account monitors are taken in both orders, so the lock-order graph has a cycle, but each of its edges
 * was made while holding the gate: only one teller at a time can be between its two account locks, so
 * no schedule can deadlock. (The gate makes the account locks useless here; it stands for a coarse lock a
 * real program takes for other reasons.)
 *
 * <p><b>What weft reports</b>: nothing. A detector that ignored gate locks would report a false potential
 * deadlock.
 */
@Sample(
        shows = "Two tellers lock two accounts in opposite orders, always inside one common gate lock: the"
                + " opposite orders can never deadlock.",
        expect = "none",
        twin = "SynchronizedInversion")
public final class GateLockedOrders {

    private static final int TRANSFERS_PER_TELLER = 1_000;

    private GateLockedOrders() {
    }

    private static final Object gate = new Object();

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

        Thread teller1 = new Thread(() -> transferMany(checking, savings, 3), "teller-1");
        Thread teller2 = new Thread(() -> transferMany(savings, checking, 2), "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance
                + " total=" + (checking.balance + savings.balance));
    }

    private static void transferMany(Account from, Account to, long amount) {
        for (int i = 0; i < TRANSFERS_PER_TELLER; i++) {
            transfer(from, to, amount);
        }
    }

    /** Moves {@code amount} from one account to the other, inside the gate, then in argument order. */
    static void transfer(Account from, Account to, long amount) {
        synchronized (gate) {
            synchronized (from) {
                synchronized (to) {
                    from.balance -= amount;
                    to.balance += amount;
                }
            }
        }
    }
}
