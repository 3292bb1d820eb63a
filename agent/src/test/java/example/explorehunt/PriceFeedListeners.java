package example.explorehunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A lock-order inversion through a callback: the feed calls its listeners while it holds its own monitor,
 * and a portfolio's {@code synchronized} rebalance unsubscribes from the feed. Publishing takes the feed,
 * then the portfolio; rebalancing takes the portfolio, then the feed.
 */
// weft: expect deadlock
public final class PriceFeedListeners {

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

        synchronized void publish(String symbol, double price) {
            for (PriceListener listener : listeners) {
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

    /** With an argument, sleeps that many milliseconds: a plain run then rarely deadlocks, and predicts the cycle. */
    static void pause(String[] args) {
        if (args.length > 0) {
            try {
                Thread.sleep(Long.parseLong(args[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Feed feed = new Feed();
        Portfolio portfolio = new Portfolio(feed);
        feed.subscribe(portfolio);
        Thread ticker = new Thread(() -> feed.publish("ACME", 12.5), "ticker");
        Thread manager = new Thread(() -> {
            pause(args);
            portfolio.rebalance();
        }, "manager");
        ticker.start();
        manager.start();
        ticker.join();
        manager.join();
        System.out.println("done");
    }
}
