package example.racehunt;

import java.util.Observable;

/**
 * A ticker built on {@code java.util.Observable}: two feed threads each publish a quote, and {@code notifyObservers}
 * calls the observer in the publishing thread, outside the observable's lock, so the observer's plain count races.
 */
// weft: expect race example.racehunt.StockTickerObservable$QuoteCounter.quotes threads=feed-1,feed-2
@SuppressWarnings("deprecation")
public final class StockTickerObservable {

    static final class Ticker extends Observable {
        void publish(String quote) {
            setChanged();
            notifyObservers(quote);
        }
    }

    static final class QuoteCounter implements java.util.Observer {
        int quotes;

        @Override
        public void update(Observable ticker, Object quote) {
            quotes++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ticker ticker = new Ticker();
        QuoteCounter counter = new QuoteCounter();
        ticker.addObserver(counter);
        Threads.runAll(new String[] {"feed-1", "feed-2"}, () -> ticker.publish("ACME 12.5"), () -> ticker.publish("INIT 3.25"));
        System.out.println("quotes " + counter.quotes);
    }
}
