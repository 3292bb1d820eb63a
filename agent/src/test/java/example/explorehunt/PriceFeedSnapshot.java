package example.explorehunt;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link PriceFeedListeners}' correct twin: the feed copies its listeners under its monitor and calls them
 * after releasing it, so no thread holds the feed while it takes a portfolio.
 */
// weft: expect none
public final class PriceFeedSnapshot {

    interface PriceListener {
        void onPrice(String symbol, double price);
    }

    static final class Feed {
        private final List<PriceListener> listeners = new ArrayList<>();

        synchronized void subscribe(PriceListener listener) {
            listeners.add(listener);
        }

        synchronized void unsubscribe(PriceListener listener) {
            listeners.remove(listener);
        }

        void publish(String symbol, double price) {
            List<PriceListener> snapshot;
            synchronized (this) {
                snapshot = new ArrayList<>(listeners);
            }
            for (PriceListener listener : snapshot) {
                listener.onPrice(symbol, price);
            }
        }
    }

    static final class Portfolio implements PriceListener {
        private final Feed feed;
        private double value;

        Portfolio(Feed feed) {
            this.feed = feed;
        }

        @Override
        public synchronized void onPrice(String symbol, double price) {
            value = price * 10;
        }

        synchronized void rebalance() {
            value = 0;
            feed.unsubscribe(this);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Feed feed = new Feed();
        Portfolio portfolio = new Portfolio(feed);
        feed.subscribe(portfolio);
        Thread ticker = new Thread(() -> feed.publish("ACME", 12.5), "ticker");
        Thread manager = new Thread(portfolio::rebalance, "manager");
        ticker.start();
        manager.start();
        ticker.join();
        manager.join();
        System.out.println("done");
    }
}
