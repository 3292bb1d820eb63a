package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The memoizer of "Java Concurrency in Practice" (5.19) caching exchange-rate tables: the first thread to ask for a
 * currency puts a {@code FutureTask} with {@code putIfAbsent} and runs it itself; every other thread {@code get}s the
 * same task's result, a mutable table the computing thread filled. Threads that lost the {@code putIfAbsent} also
 * call {@code run()} on the winner's task, which does nothing once it has started.
 */
// weft: expect none
public final class ExchangeRateMemoizer {

    static final class Table {
        final double[] rates = new double[12];
        String source;
    }

    private final ConcurrentMap<String, Future<Table>> cache = new ConcurrentHashMap<>();

    Table rates(String currency) throws InterruptedException, ExecutionException {
        Future<Table> future = cache.get(currency);
        if (future == null) {
            FutureTask<Table> task = new FutureTask<>(() -> {
                Table table = new Table();
                for (int m = 0; m < table.rates.length; m++) {
                    table.rates[m] = currency.length() + m / 100.0;
                }
                table.source = "ecb:" + currency;
                return table;
            });
            future = cache.putIfAbsent(currency, task);
            if (future == null) {
                future = task;
            }
            ((FutureTask<Table>) future).run();
        }
        return future.get();
    }

    public static void main(String[] args) throws InterruptedException {
        ExchangeRateMemoizer memo = new ExchangeRateMemoizer();
        String[] currencies = {"EUR", "USD", "GBP", "CHF", "JPY", "SEK"};
        Thread[] traders = new Thread[4];
        double[] books = new double[traders.length];
        for (int t = 0; t < traders.length; t++) {
            int me = t;
            traders[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 120; i++) {
                        Table table = memo.rates(currencies[(i + me) % currencies.length]);
                        books[me] += table.rates[i % 12] + table.source.length();
                    }
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }, "trader-" + t);
            traders[t].start();
        }
        for (Thread trader : traders) {
            trader.join();
        }
        System.out.printf("%.2f%n", books[0] + books[1] + books[2] + books[3]);
    }
}
