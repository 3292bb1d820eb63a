package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Insurance quotes: raters build a quote each (plain fields) on one pool; {@code main} takes them from an
 * {@code ExecutorCompletionService} as they finish, stamps a discount on each and submits it to a second pool that
 * writes the final premium; {@code main} reads the premiums through those futures.
 */
// weft: expect none
public final class QuoteRefineCompletionRelay {

    static final class Quote {
        String insurer;
        int basePremium;
        int discountPercent;
        int finalPremium;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService raters = Executors.newFixedThreadPool(3, new NamedThreads("rater"));
        ExecutorService finisher = Executors.newFixedThreadPool(2, new NamedThreads("finisher"));
        ExecutorCompletionService<Quote> done = new ExecutorCompletionService<>(raters);
        String[] insurers = {"north", "harbour", "summit", "delta", "meadow", "crest"};
        for (String insurer : insurers) {
            done.submit(() -> {
                Quote quote = new Quote();
                quote.insurer = insurer;
                quote.basePremium = 400 + insurer.length() * 25;
                return quote;
            });
        }
        List<Future<Quote>> finals = new ArrayList<>();
        for (int i = 0; i < insurers.length; i++) {
            Quote quote = done.take().get();
            quote.discountPercent = quote.insurer.startsWith("s") ? 10 : 5;
            finals.add(finisher.submit(() -> {
                quote.finalPremium = quote.basePremium * (100 - quote.discountPercent) / 100;
                return quote;
            }));
        }
        int cheapest = Integer.MAX_VALUE;
        for (Future<Quote> f : finals) {
            Quote quote = f.get();
            cheapest = Math.min(cheapest, quote.finalPremium);
        }
        raters.shutdown();
        finisher.shutdown();
        System.out.println("cheapest premium " + cheapest);
    }
}
