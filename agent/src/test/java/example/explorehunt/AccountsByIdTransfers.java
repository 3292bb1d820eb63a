package example.explorehunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Accounts looked up by id in a map; a transfer calls the source account's {@code synchronized} {@code sendTo}, which
 * calls the destination's {@code synchronized} {@code deposit}. Two tellers transfer between the same two accounts in
 * opposite directions: each holds its source account's monitor while it needs the other's.
 */
// weft: expect deadlock
public final class AccountsByIdTransfers {

    static final class Account {
        private long balance;

        Account(long balance) {
            this.balance = balance;
        }

        synchronized void sendTo(Account to, long amount) {
            balance -= amount;
            to.deposit(amount);
        }

        synchronized void deposit(long amount) {
            balance += amount;
        }

        synchronized long balance() {
            return balance;
        }
    }

    static final Map<String, Account> accounts = new HashMap<>(Map.of("alice", new Account(100), "bob", new Account(100)));

    static void transfer(String from, String to, long amount) {
        accounts.get(from).sendTo(accounts.get(to), amount);
    }

    /** With an argument, the second teller transfers after the first (a latch): a plain run predicts the cycle. */
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch first = new CountDownLatch(args.length > 0 ? 1 : 0);
        Thread tellerA = new Thread(() -> {
            transfer("alice", "bob", 30);
            first.countDown();
        }, "teller-a");
        Thread tellerB = new Thread(() -> {
            HubTransfersThreeWay.await(first);
            transfer("bob", "alice", 20);
        }, "teller-b");
        tellerA.start();
        tellerB.start();
        tellerA.join();
        tellerB.join();
        System.out.println("total: " + (accounts.get("alice").balance() + accounts.get("bob").balance()));
    }
}
