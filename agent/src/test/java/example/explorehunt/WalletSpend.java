package example.explorehunt;

/**
 * A wallet whose balance check and withdrawal are each {@code synchronized} but not together: two purchases both
 * see enough money, both withdraw, and the balance goes below zero (an atomicity violation across two methods).
 */
// weft: expect failure
public final class WalletSpend {

    static final class Wallet {
        private int balance = 100;

        synchronized int balance() {
            return balance;
        }

        synchronized void withdraw(int amount) {
            balance -= amount;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Wallet wallet = new Wallet();
        Runnable purchase = () -> {
            if (wallet.balance() >= 60) { // the bug: checked and withdrawn under two separate holds
                wallet.withdraw(60);
            }
        };
        Thread first = new Thread(purchase, "purchase-1");
        Thread second = new Thread(purchase, "purchase-2");
        first.start();
        second.start();
        first.join();
        second.join();
        if (wallet.balance() < 0) {
            throw new IllegalStateException("overdrawn: " + wallet.balance());
        }
        System.out.println("balance " + wallet.balance());
    }
}
