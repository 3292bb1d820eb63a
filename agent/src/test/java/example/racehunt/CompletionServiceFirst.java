package example.racehunt;

import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Quotes filled in by tasks of an ExecutorCompletionService; main takes them in completion order and reads them. */
// weft: expect none
public final class CompletionServiceFirst {

    static final class Quote {
        String vendor;
        int cents;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        ExecutorCompletionService<Quote> quotes = new ExecutorCompletionService<>(pool);
        String[] vendors = {"north", "south", "east"};
        for (String vendor : vendors) {
            quotes.submit(() -> {
                Quote quote = new Quote();
                quote.vendor = vendor;
                quote.cents = vendor.length() * 100;
                return quote;
            });
        }
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < vendors.length; i++) {
            Quote quote = quotes.take().get();
            best = Math.min(best, quote.cents + quote.vendor.length());
        }
        pool.shutdown();
        System.out.println("best " + best);
    }
}
