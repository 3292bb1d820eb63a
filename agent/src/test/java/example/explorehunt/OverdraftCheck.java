package example.explorehunt;

/**
 * An atomicity violation with no data race: the balance check and the withdrawal are each
 * {@code synchronized}, but not together, so two withdrawals can both pass the check and overdraw. The
 * program fails (an exception from {@code main}) when the balance ends below zero.
 */
// weft: expect failure
public final class OverdraftCheck {

    static final class Account {
        private int balance = 100;

        synchronized int balance() {
            return balance;
        }

        synchronized void withdraw(int amount) {
            balance -= amount;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Runnable atm = () -> {
            if (account.balance() >= 80) {
                account.withdraw(80);
            }
        };
        Thread first = new Thread(atm, "atm-1");
        Thread second = new Thread(atm, "atm-2");
        first.start();
        second.start();
        first.join();
        second.join();
        if (account.balance() < 0) {
            throw new IllegalStateException("overdrawn: " + account.balance());
        }
        System.out.println("balance " + account.balance());
    }
}
