package example.explorehunt;

/** Twin of {@link WalletSpend}: the check and the withdrawal are one {@code synchronized} method. */
// weft: expect none
public final class WalletSpendAtomic {

    static final class Wallet {
        private int balance = 100;

        synchronized int balance() {
            return balance;
        }

        synchronized boolean spend(int amount) {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Wallet wallet = new Wallet();
        Runnable purchase = () -> wallet.spend(60);
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
