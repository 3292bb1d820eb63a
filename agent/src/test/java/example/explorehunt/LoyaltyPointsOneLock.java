package example.explorehunt;

/**
 * {@link LoyaltyPointsWrongLock}'s correct twin: the desk redeems through the account's own synchronized method, so
 * every update of the points holds the account's monitor.
 */
// weft: expect none
public final class LoyaltyPointsOneLock {

    static final class Account {
        private int points = 100;

        synchronized void earn(int amount) {
            points += amount;
        }

        synchronized void redeem(int amount) {
            points -= amount;
        }

        synchronized int points() {
            return points;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Thread shop = new Thread(() -> account.earn(30), "shop");
        Thread redemption = new Thread(() -> account.redeem(50), "redemption");
        shop.start();
        redemption.start();
        shop.join();
        redemption.join();
        System.out.println("points " + account.points());
    }
}
