package example.apphunt;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Customer onboarding handed along three mechanisms: a registrar fills an account (plain fields) and counts a latch
 * down; a verifier waits on the latch, adds its checks and puts the account into a queue; a notifier takes it, writes
 * the welcome text and completes a future, which {@code main} joins before it reads every field.
 */
// weft: expect none
public final class OnboardingLatchQueueFuture {

    static final class Account {
        String owner;
        long openingCents;
        boolean idChecked;
        int riskScore;
        String welcome;
    }

    public static void main(String[] args) throws Exception {
        Account[] accounts = new Account[4];
        CountDownLatch registered = new CountDownLatch(1);
        BlockingQueue<Account> verified = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> notified = new CompletableFuture<>();
        Thread registrar = new Thread(() -> {
            for (int i = 0; i < accounts.length; i++) {
                accounts[i] = new Account();
                accounts[i].owner = "customer-" + i;
                accounts[i].openingCents = 10_000L * (i + 1);
            }
            registered.countDown();
        }, "registrar");
        Thread verifier = new Thread(() -> {
            try {
                registered.await();
                for (Account account : accounts) {
                    account.idChecked = !account.owner.isEmpty();
                    account.riskScore = account.openingCents > 20_000 ? 2 : 1;
                    verified.put(account);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "verifier");
        Thread notifier = new Thread(() -> {
            try {
                int sent = 0;
                for (int i = 0; i < accounts.length; i++) {
                    Account account = verified.take();
                    account.welcome = "Welcome " + account.owner + " (risk " + account.riskScore + ")";
                    sent++;
                }
                notified.complete(sent);
            } catch (InterruptedException e) {
                notified.completeExceptionally(e);
            }
        }, "notifier");
        notifier.start();
        verifier.start();
        registrar.start();
        int sent = notified.join();
        long total = 0;
        for (Account account : accounts) {
            if (!account.idChecked || account.welcome == null) {
                throw new IllegalStateException("incomplete " + account.owner);
            }
            total += account.openingCents;
        }
        System.out.println("onboarded " + sent + ", opening total " + total);
        registrar.join();
        verifier.join();
        notifier.join();
    }
}
