package example.apphunt;

import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;

/**
 * A trading app lets users subscribe price alerts while the market feed runs: a subscribing thread fills an alert
 * (symbol, threshold) and adds it to a {@code CopyOnWriteArraySet}; the feed thread iterates the set for each tick and
 * counts triggers in the alert's plain fields. The app reads the counters after joining the feed; the subscribers
 * never touch an alert after adding it.
 */
// weft: expect none
public final class PriceAlertsListenerSet {

    static final class Alert {
        String symbol;
        long threshold;
        int triggered;
        long lastPrice;
    }

    public static void main(String[] args) throws InterruptedException {
        CopyOnWriteArraySet<Alert> alerts = new CopyOnWriteArraySet<>();
        CountDownLatch subscribed = new CountDownLatch(2);
        for (int u = 0; u < 2; u++) {
            int user = u;
            new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    Alert alert = new Alert();
                    alert.symbol = i % 2 == 0 ? "ACME" : "GLOBEX";
                    alert.threshold = 100 + i * 5 + user;
                    alerts.add(alert);
                }
                subscribed.countDown();
            }, "subscriber-" + u).start();
        }
        Thread feed = new Thread(() -> {
            for (int tick = 0; tick < 3_000 || subscribed.getCount() > 0; tick++) {
                long price = 90 + tick % 80;
                String symbol = tick % 3 == 0 ? "GLOBEX" : "ACME";
                for (Alert alert : alerts) {
                    if (alert.symbol.equals(symbol) && price >= alert.threshold) {
                        alert.triggered++;
                        alert.lastPrice = price;
                    }
                }
            }
        }, "market-feed");
        feed.start();
        feed.join();
        int triggered = 0;
        for (Alert alert : alerts) {
            triggered += alert.triggered;
        }
        System.out.println(alerts.size() + " alerts, " + triggered + " triggers");
    }
}
