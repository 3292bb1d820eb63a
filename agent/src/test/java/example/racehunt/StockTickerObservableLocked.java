package example.racehunt;

import java.util.Observable;

/** The twin of {@link StockTickerObservable}: the observer's {@code update} is {@code synchronized}. */
// weft: expect none
@SuppressWarnings("deprecation")
public final class StockTickerObservableLocked {

    static final class Ticker extends Observable {
        void publish(String quote) {
            setChanged();
            notifyObservers(quote);
        }
    }

    static final class QuoteCounter implements java.util.Observer {
        private int quotes;

        @Override
        public synchronized void update(Observable ticker, Object quote) {
            quotes++;
        }

        synchronized int quotes() {
            return quotes;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ticker ticker = new Ticker();
        QuoteCounter counter = new QuoteCounter();
        ticker.addObserver(counter);
        Threads.runAll(new String[] {"feed-1", "feed-2"}, () -> ticker.publish("ACME 12.5"), () -> ticker.publish("INIT 3.25"));
        System.out.println("quotes " + counter.quotes());
    }
}
