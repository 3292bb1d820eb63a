package example.explorehunt;

import java.util.concurrent.CountDownLatch;

/**
 * Transfers lock their two accounts in the order of the accounts' ids, to avoid a deadlock, but compare the ids by
 * subtraction. The ids are far apart, so a subtraction overflows and the order is not transitive: checking comes before
 * savings, savings before brokerage, and brokerage (its id minus checking's overflows) before checking. Three tellers
 * transferring checking to savings, savings to brokerage and brokerage to checking each lock their source first: when
 * each holds its source, each waits for the next one's. With an argument, each teller transfers only once the previous
 * one has (latches): a plain run then predicts the cycle.
 */
// weft: expect deadlock
public final class LedgerIdSubtraction {

    static final class Account {
        final int id;
        long balance = 100;

        Account(int id) {
            this.id = id;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        boolean fromFirst = from.id - to.id < 0; // the bug: overflows for ids far apart
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
