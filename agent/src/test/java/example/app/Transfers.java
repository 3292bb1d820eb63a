package example.app;
/**
 * Two tellers transfer between two accounts in opposite directions, each locking its source then its
 * target: some schedules deadlock; a waiter and a notifier share a mailbox.
 */
public final class Transfers {
    static final class Account { long balance = 100; }
    static final Account checking = new Account(), savings = new Account();
    static final Object mailbox = new Object();
    static String mail;
    static void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            synchronized (to) { from.balance -= amount; to.balance += amount; }
        }
    }
    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            synchronized (mailbox) {
                while (mail == null) {
                    try { mailbox.wait(); } catch (InterruptedException e) { return; }
                }
            }
        }, "reader");
        Thread teller1 = new Thread(() -> transfer(checking, savings, 30), "teller-1");
        Thread teller2 = new Thread(() -> transfer(savings, checking, 20), "teller-2");
        reader.start(); teller1.start(); teller2.start();
        synchronized (mailbox) { mail = "statement"; mailbox.notifyAll(); }
        teller1.join(); teller2.join(); reader.join();
        System.out.println("done " + (checking.balance + savings.balance));
    }
}
