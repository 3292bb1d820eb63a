package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * An insurance broker asks three carriers for quotes through an {@code ExecutorCompletionService}: each carrier's
 * task fills a mutable quote; the broker ranks them as they come, with {@code take()} and {@code poll(timeout)}.
 */
// weft: expect none
public final class QuoteRanking {

    static final class Quote {
        final String carrier;
        long premium;
        String terms;

        Quote(String carrier) {
            this.carrier = carrier;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("carrier"));
        ExecutorCompletionService<Quote> quotes = new ExecutorCompletionService<>(pool);
        List<Quote> asked = new ArrayList<>();
        for (String carrier : List.of("north", "south", "east")) {
            Quote quote = new Quote(carrier);
            asked.add(quote);
            quotes.submit(() -> {
                quote.premium = 100 + carrier.length() * 7L;
                quote.terms = carrier + " standard";
                return quote;
            });
        }
        Quote best = quotes.take().get();
        for (int i = 1; i < asked.size(); i++) {
            Future<Quote> next = quotes.poll(10, TimeUnit.SECONDS);
            Quote quote = next.get();
            if (quote.premium < best.premium) {
                best = quote;
            }
        }
        pool.shutdown();
        System.out.println("best " + best.carrier + " " + best.premium + " " + best.terms);
    }
}
