package dev.weft.bench.bugs;

/**
 * Two tellers transfer between the same two accounts in opposite directions, each taking the source
 * account's monitor and then the target's: a deadlock only when both hold their first monitor at once
 * (SCTBench's deadlock01, the classic bank transfer).
 */
public final class TransferDeadlock {

    private TransferDeadlock() { }

    static final class Account {
        long balance = 100;
    }

    static void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            synchronized (to) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account();
        Account b = new Account();
        Thread first = new Thread(() -> transfer(a, b, 10), "teller-1");
        Thread second = new Thread(() -> transfer(b, a, 20), "teller-2");
        first.start();
        second.start();
        first.join();
        second.join();
    }
}
