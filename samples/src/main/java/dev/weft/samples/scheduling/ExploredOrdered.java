package dev.weft.samples.scheduling;

import dev.weft.samples.Sample;

/**
 * The transfers of {@link ExploredDeadlock}, locking the two accounts in the order of their ids whatever
 * the direction: no schedule deadlocks, not even the one that deadlocks the unordered version.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "The same transfers locking accounts in id order: the schedule that deadlocked the other"
                + " version finishes.",
        expect = "none",
        twin = "ExploredDeadlock",
        options = "mode=control,policy=preemptive,quantum=1,cpus=1,strategy=random,seed=1")
public final class ExploredOrdered {

    private ExploredOrdered() {
    }

    public static void main(String[] args) throws InterruptedException {
        ExploredDeadlock.Account checking = new ExploredDeadlock.Account(1);
        ExploredDeadlock.Account savings = new ExploredDeadlock.Account(2);
        Thread teller1 = new Thread(() -> transfer(checking, savings, 30), "teller-1");
        Thread teller2 = new Thread(() -> transfer(savings, checking, 20), "teller-2");
        teller1.start();
        teller2.start();
        teller1.join();
        teller2.join();
        System.out.println("checking=" + checking.balance + " savings=" + savings.balance);
    }

    static void transfer(ExploredDeadlock.Account from, ExploredDeadlock.Account to, long amount) {
        ExploredDeadlock.Account first = from.id < to.id ? from : to;
        ExploredDeadlock.Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
