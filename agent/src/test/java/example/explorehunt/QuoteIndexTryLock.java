package example.explorehunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link QuoteIndexWriteLock}'s book and index, but a quote update that holds the book's monitor only tries the index's
 * write lock for 20 ms, and when it cannot have it, leaves the symbol to be reindexed later, after letting the monitor
 * go: the locks are taken in both orders, but the update never waits for ever, so there is no deadlock.
 */
// weft: expect none
public final class QuoteIndexTryLock {

    static final class PatientBook extends QuoteIndexWriteLock.Book {
        final Map<String, Double> pending = new HashMap<>();

        @Override
        synchronized void update(String symbol, double price) {
            quotes.put(symbol, price);
            try {
                if (index.lock.writeLock().tryLock(20, TimeUnit.MILLISECONDS)) {
                    try {
                        index.bySymbol.put(symbol, price);
                        return;
                    } finally {
                        index.lock.writeLock().unlock();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pending.put(symbol, price);
        }

        void reindexPending() {
            Map<String, Double> due;
            synchronized (this) {
                due = new HashMap<>(pending);
                pending.clear();
            }
            due.forEach(index::reindex);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PatientBook book = new PatientBook();
        QuoteIndexWriteLock.Index index = new QuoteIndexWriteLock.Index();
        book.index = index;
        Thread quoter = new Thread(() -> {
            book.update("ACME", 12.5);
            book.reindexPending();
        }, "quoter");
        Thread indexer = new Thread(() -> index.rebuild(book), "indexer");
        quoter.start();
        indexer.start();
        quoter.join();
        indexer.join();
        System.out.println("indexed: " + index.bySymbol.keySet());
    }
}
