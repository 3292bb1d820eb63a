package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;

/**
 * One teller transfers between two accounts in both directions, locking the accounts in argument order
 * as in {@link SynchronizedInversion}: first checking then savings, then savings then checking.
 *
 * <p>The lock-order graph has a cycle, but both of its edges come from the same thread, which cannot
 * wait for itself: it takes the two orders one after the other, never both at once. No other thread
 * touches the accounts, so no schedule can deadlock.
 *
 * <p><b>What weft reports</b>: nothing. A detector that did not tell threads apart would report a false
 * potential deadlock.
 */
@Sample(
        shows = "One thread locks two accounts in both orders: a cycle of lock orders within one thread,"
                + " which cannot deadlock.",
        expect = "none",
        twin = "SynchronizedInversion")
public final class SingleThreadBothOrders {

    private SingleThreadBothOrders() {
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

        Thread teller = new Thread(() -> {
            transfer(checking, savings, 30);
            transfer(savings, checking, 20);
        }, "teller");
        teller.start();
        teller.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance);
    }

    /** Moves {@code amount} from one account to the other, locking {@code from} first. */
    static void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            synchronized (to) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
