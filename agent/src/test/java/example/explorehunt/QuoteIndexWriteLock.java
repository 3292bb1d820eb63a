package example.explorehunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A quote book guarded by its monitor and a search index guarded by a read-write lock. Rebuilding the index holds its
 * write lock and reads the book's quotes (the book's monitor); a quote update holds the book's monitor and reindexes
 * the symbol (the index's write lock): a cycle of a write lock and a monitor.
 */
// weft: expect deadlock
public final class QuoteIndexWriteLock {

    static final class Index {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final Map<String, Double> bySymbol = new HashMap<>();

        void rebuild(Book book) {
            lock.writeLock().lock();
            try {
                bySymbol.clear();
                bySymbol.putAll(book.snapshot());
            } finally {
                lock.writeLock().unlock();
            }
        }

        void reindex(String symbol, double price) {
            lock.writeLock().lock();
            try {
                bySymbol.put(symbol, price);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    static class Book {
        final Map<String, Double> quotes = new HashMap<>();
        Index index;

        synchronized Map<String, Double> snapshot() {
            return new HashMap<>(quotes);
        }

        synchronized void update(String symbol, double price) {
            quotes.put(symbol, price);
            index.reindex(symbol, price);
        }
    }

    /** With an argument, the indexer rebuilds only after the quoter's update (a latch): a plain run predicts the cycle. */
    public static void main(String[] args) throws InterruptedException {
        Book book = new Book();
        Index index = new Index();
        book.index = index;
        CountDownLatch updated = new CountDownLatch(args.length > 0 ? 1 : 0);
        Thread quoter = new Thread(() -> {
            book.update("ACME", 12.5);
            updated.countDown();
        }, "quoter");
        Thread indexer = new Thread(() -> {
            HubTransfersThreeWay.await(updated);
            index.rebuild(book);
        }, "indexer");
        quoter.start();
        indexer.start();
        quoter.join();
        indexer.join();
        System.out.println("indexed: " + index.bySymbol);
    }
}
