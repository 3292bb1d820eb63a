package dev.weft.bench.bugs;

/**
 * Two threads each add to a balance with a read and a write that no lock covers: an update is lost only
 * when one thread is preempted between its read and its write (the lost update of every textbook).
 */
public final class LostUpdate {

    private LostUpdate() { }

    static final class Account {
        int balance;
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Runnable deposit = () -> {
            int read = account.balance;
            account.balance = read + 10;
        };
        Thread first = new Thread(deposit, "depositor-1");
        Thread second = new Thread(deposit, "depositor-2");
        first.start();
        second.start();
        first.join();
        second.join();
        if (account.balance != 20) {
            throw new AssertionError("lost update: balance " + account.balance + ", expected 20");
        }
    }
}
