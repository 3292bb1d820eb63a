package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;

/**
 * A night batch and a day batch transfer between the same two accounts in opposite directions, locking
 * the accounts in argument order as in {@link SynchronizedInversion}, but the day batch's thread is only
 * started after the night batch's thread was joined.
 *
 * <p>The lock-order graph has a cycle (checking before savings in {@code night-batch}, savings before
 * checking in {@code day-batch}), but everything the night batch does happens-before the return of
 * {@code join()}, which happens-before {@code day-batch} starts: the two threads are never alive
 * together, and no schedule can deadlock.
 *
 * <p><b>What weft reports</b>: nothing. A detector that ignored start and join would report a false
 * potential deadlock.
 */
@Sample(
        shows = "Two batches lock two accounts in opposite orders, the second thread started after the first"
                + " was joined: start and join order them, no potential deadlock.",
        expect = "none",
        twin = "SynchronizedInversion")
public final class StartJoinOrderedOrders {

    private StartJoinOrderedOrders() {
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

        Thread night = new Thread(() -> transfer(checking, savings, 30), "night-batch");
        night.start();
        night.join();
        Thread day = new Thread(() -> transfer(savings, checking, 20), "day-batch");
        day.start();
        day.join();
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
