package dev.weft.samples.scheduling;

import dev.weft.samples.Sample;

/**
 * Two tellers transfer between two accounts in opposite directions, each locking its source account then
 * its target, with no pause or rendezvous to force a bad interleaving: on a real JVM it almost never
 * deadlocks. Under the scheduling model with random choices at every scheduling point ({@code quantum=1}),
 * some seeds deadlock: {@code weft explore} finds one by trying seeds, and the schedule file of that run
 * (beside the report, {@code .schedule.json}) deadlocks again on every {@code replay=}. This sample runs
 * with a seed that deadlocks.
 *
 * <p><b>What weft reports</b>: a {@code deadlock} found by the scheduling model, with the schedule that
 * leads to it: each teller waits at the inner {@code synchronized (to)} for the account the other took at
 * the outer {@code synchronized (from)}. The JVM exits with status 66.
 *
 * <p><b>The fix</b>: {@link ExploredOrdered} locks the accounts in the order of their ids.
 */
@Sample(
        shows = "Opposite-order transfers with no rendezvous: random schedules find the deadlock, the saved"
                + " schedule replays it.",
        expect = "deadlock",
        threads = {"teller-1", "teller-2"},
        twin = "ExploredOrdered",
        options = "mode=control,policy=preemptive,quantum=1,cpus=1,strategy=random,seed=1")
public final class ExploredDeadlock {

    /** A bank account; its monitor guards its balance. */
    static final class Account {
        final int id;
        long balance = 100;

        Account(int id) {
            this.id = id;
        }
    }

    private ExploredDeadlock() {
    }

    public static void main(String[] args) throws InterruptedException {
        Account checking = new Account(1);
        Account savings = new Account(2);
        Thread teller1 = new Thread(() -> transfer(checking, savings, 30), "teller-1");
        Thread teller2 = new Thread(() -> transfer(savings, checking, 20), "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance);
    }

    static void transfer(Account from, Account to, long amount) {
        synchronized (from) { // weft: holds
            synchronized (to) { // weft: waits
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
