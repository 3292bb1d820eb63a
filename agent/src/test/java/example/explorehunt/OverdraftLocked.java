package example.explorehunt;

/** {@link OverdraftCheck}'s correct twin: the check and the withdrawal are one {@code synchronized} method. */
// weft: expect none
public final class OverdraftLocked {

    static final class Account {
        private int balance = 100;

        synchronized boolean withdrawIfCovered(int amount) {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        }

        synchronized int balance() {
            return balance;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Runnable atm = () -> account.withdrawIfCovered(80);
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
