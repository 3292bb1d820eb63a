package example.explorehunt;

/**
 * A loyalty account's points are earned under the account's monitor but redeemed under a lock of the redemption
 * desk: two locks for one field (SCTBench's {@code wronglock}), so an earn and a redemption at once lose one update.
 */
// weft: expect race example.explorehunt.LoyaltyPointsWrongLock$Account.points
public final class LoyaltyPointsWrongLock {

    static final class Account {
        private int points = 100;

        synchronized void earn(int amount) {
            points += amount;
        }

        void redeem(int amount, Object desk) {
            synchronized (desk) { // the bug: not the lock earn takes
                points -= amount;
            }
        }

        synchronized int points() {
            return points;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Object desk = new Object();
        Thread shop = new Thread(() -> account.earn(30), "shop");
        Thread redemption = new Thread(() -> account.redeem(50, desk), "redemption");
        shop.start();
        redemption.start();
        shop.join();
        redemption.join();
        System.out.println("points " + account.points());
    }
}
