package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A portfolio valuer asks a quote service per ticker with {@code supplyAsync(.., pool).orTimeout(..)}; {@code handle}
 * turns a time-out into a stale quote object (plain fields) and {@code thenAcceptAsync} on the program's own pool adds
 * each quote into a plain per-ticker slot; {@code main} joins every stage and reads the slots.
 */
// weft: expect none
public final class StockQuoteOrTimeoutHandle {

    static final class Quote {
        String ticker;
        long priceCents;
        boolean stale;
    }

    public static void main(String[] args) {
        ExecutorService service = Executors.newFixedThreadPool(2, new NamedThreads("quotes"));
        ExecutorService book = Executors.newFixedThreadPool(2, new NamedThreads("book"));
        String[] tickers = {"ACME", "GLOBX", "INIT", "NOVA", "ORBT", "ZETA"};
        Quote[] slots = new Quote[tickers.length];
        CompletableFuture<?>[] valued = new CompletableFuture<?>[tickers.length];
        for (int t = 0; t < tickers.length; t++) {
            int slot = t;
            String ticker = tickers[t];
            valued[t] = CompletableFuture.supplyAsync(() -> {
                Quote quote = new Quote();
                quote.ticker = ticker;
                quote.priceCents = 1_000 + ticker.hashCode() % 500;
                return quote;
            }, service).orTimeout(30, TimeUnit.SECONDS).handle((quote, failure) -> {
                if (quote != null) {
                    return quote;
                }
                Quote stale = new Quote();
                stale.ticker = ticker;
                stale.stale = true;
                return stale;
            }).thenAcceptAsync(quote -> slots[slot] = quote, book);
        }
        for (CompletableFuture<?> stage : valued) {
            stage.join();
        }
        long value = 0;
        int stale = 0;
        for (Quote quote : slots) {
            value += quote.priceCents;
            stale += quote.stale ? 1 : 0;
        }
        service.shutdown();
        book.shutdown();
        System.out.println("portfolio " + value + ", stale " + stale);
    }
}
