package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/** A bank whose transfer locks the source account's {@code ReentrantLock}, then the target's: two opposite transfers deadlock. */
// weft: expect deadlock
public final class BankLedger {

    static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        final String name;
        long balance;

        Account(String name, long balance) {
            this.name = name;
            this.balance = balance;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        from.lock.lock();
        try {
            to.lock.lock();
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

    /** With an argument, sleeps that many milliseconds: a plain run then rarely deadlocks, and predicts the cycle. */
    static void pause(String[] args) {
        if (args.length > 0) {
            try {
                Thread.sleep(Long.parseLong(args[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account checking = new Account("checking", 100);
        Account savings = new Account("savings", 100);
        Thread rent = new Thread(() -> transfer(checking, savings, 30), "rent");
        Thread refund = new Thread(() -> {
            pause(args);
            transfer(savings, checking, 20);
        }, "refund");
        rent.start();
        refund.start();
        rent.join();
        refund.join();
        System.out.println("total " + (checking.balance + savings.balance));
    }
}
