package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A bank moves money between accounts from four teller threads, each transfer holding both accounts' monitors
 * taken in the order of their ids (so no two transfers deadlock); the auditor in {@code main} sums the balances after
 * joining the tellers.
 */
// weft: expect none
public final class BankOrderedLocks {

    static final class Account {
        final int id;
        long balance;
        int transfers;

        Account(int id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                if (from.balance >= amount) {
                    from.balance -= amount;
                    to.balance += amount;
                    from.transfers++;
                    to.transfers++;
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accounts.add(new Account(i, 1_000));
        }
        List<Thread> tellers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int teller = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    Account from = accounts.get((i + teller) % 5);
                    Account to = accounts.get((i * 3 + teller + 1) % 5);
                    if (from != to) {
                        transfer(from, to, 1 + i % 17);
                    }
                }
            }, "teller-" + t);
            tellers.add(thread);
            thread.start();
        }
        for (Thread t : tellers) {
            t.join();
        }
        System.out.println(accounts.stream().mapToLong(a -> a.balance).sum() + " " + accounts.get(0).transfers);
    }
}
