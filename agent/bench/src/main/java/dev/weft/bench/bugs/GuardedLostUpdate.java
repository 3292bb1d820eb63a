package dev.weft.bench.bugs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@link LostUpdate} behind a timed wait: each depositor waits at most a second for main's go and gives up
 * when the wait times out. An early timeout takes the path without the bug, so this measures what timeouts
 * as choices of the schedule cost an ordinary bug whose path goes through a timed wait.
 */
public final class GuardedLostUpdate {

    private GuardedLostUpdate() { }

    static final class Account {
        int balance;
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        CountDownLatch go = new CountDownLatch(1);
        int[] deposits = new int[2];
        Thread[] depositors = new Thread[2];
        for (int d = 0; d < 2; d++) {
            int me = d;
            depositors[d] = new Thread(() -> {
                try {
                    if (go.await(1, TimeUnit.SECONDS)) {
                        int read = account.balance;
                        account.balance = read + 10;
                        deposits[me] = 10;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "depositor-" + (d + 1));
            depositors[d].start();
        }
        go.countDown();
        for (Thread depositor : depositors) {
            depositor.join();
        }
        if (account.balance != deposits[0] + deposits[1]) {
            throw new AssertionError("lost update: balance " + account.balance + ", expected " + (deposits[0] + deposits[1]));
        }
    }
}
