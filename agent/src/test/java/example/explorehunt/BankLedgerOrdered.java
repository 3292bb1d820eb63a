package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/** {@link BankLedger}'s correct twin: every transfer locks the account with the smaller number first. */
// weft: expect none
public final class BankLedgerOrdered {

    static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        final int number;
        long balance;

        Account(int number, long balance) {
            this.number = number;
            this.balance = balance;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        Account first = from.number < to.number ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account checking = new Account(1, 100);
        Account savings = new Account(2, 100);
        Thread rent = new Thread(() -> transfer(checking, savings, 30), "rent");
        Thread refund = new Thread(() -> transfer(savings, checking, 20), "refund");
        rent.start();
        refund.start();
        rent.join();
        refund.join();
        System.out.println("total " + (checking.balance + savings.balance));
    }
}
