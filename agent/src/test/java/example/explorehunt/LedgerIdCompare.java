package example.explorehunt;

import java.util.concurrent.CountDownLatch;

/**
 * The twin of {@link LedgerIdSubtraction}: the ids are compared with {@link Integer#compare}, a total order, so every
 * teller locks the account of the smaller id first and the three transfers cannot wait in a cycle.
 */
// weft: expect none
public final class LedgerIdCompare {

    static final class Account {
        final int id;
        long balance = 100;

        Account(int id) {
            this.id = id;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        boolean fromFirst = Integer.compare(from.id, to.id) < 0;
        Account first = fromFirst ? from : to;
        Account second = fromFirst ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account[] accounts = {new Account(-1_500_000_000), new Account(0), new Account(1_500_000_000)};
        CountDownLatch[] done = {new CountDownLatch(0), new CountDownLatch(1), new CountDownLatch(1)};
        boolean inTurn = args.length > 0;
        Thread[] tellers = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int t = i;
            tellers[i] = new Thread(() -> {
                if (inTurn) {
                    HubTransfersThreeWay.await(done[t]);
                }
                transfer(accounts[t], accounts[(t + 1) % 3], 10);
                if (t < 2) {
                    done[t + 1].countDown();
                }
            }, "teller-" + i);
        }
        for (Thread teller : tellers) {
            teller.start();
        }
        for (Thread teller : tellers) {
            teller.join();
        }
        System.out.println("total: " + (accounts[0].balance + accounts[1].balance + accounts[2].balance));
    }
}
