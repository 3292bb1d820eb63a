package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An insurance broker prices a policy from two underwriters' quotes: the quotes are mutable objects filled in
 * {@code supplyAsync} on the broker's pool; {@code thenAcceptBothAsync} writes both into the policy, a
 * back-up price is taken from whichever of two reinsurers answers first with {@code applyToEitherAsync}, and
 * {@code runAfterEitherAsync} stamps the policy as soon as either reinsurer has answered. The broker reads the policy
 * after joining the stages.
 */
// weft: expect none
public final class InsuranceQuoteBothEither {

    static final class Quote {
        String underwriter;
        long premium;
        int excess;
    }

    static final class Policy {
        long premium;
        int excess;
        long backupPremium;
        boolean reinsured;
    }

    static CompletableFuture<Quote> quote(String underwriter, int base, ExecutorService pool) {
        return CompletableFuture.supplyAsync(() -> {
            Quote quote = new Quote();
            quote.underwriter = underwriter;
            quote.premium = base + underwriter.length() * 13L;
            quote.excess = base / 10;
            return quote;
        }, pool);
    }

    public static void main(String[] args) {
        ExecutorService brokers = Executors.newFixedThreadPool(3, new NamedThreads("broker"));
        long total = 0;
        for (int p = 0; p < 15; p++) {
            Policy policy = new Policy();
            int base = 400 + p * 25;
            CompletableFuture<Void> priced = quote("lloyds", base, brokers).thenAcceptBothAsync(quote("zurich", base + 5, brokers),
                    (first, second) -> {
                        policy.premium = Math.min(first.premium, second.premium);
                        policy.excess = Math.max(first.excess, second.excess);
                    }, brokers);
            CompletableFuture<Quote> reinsurerA = quote("munich-re", base * 2, brokers);
            CompletableFuture<Quote> reinsurerB = quote("swiss-re", base * 2 + 1, brokers);
            CompletableFuture<Void> backup = reinsurerA.applyToEitherAsync(reinsurerB, quote -> quote.premium, brokers)
                    .thenAccept(premium -> policy.backupPremium = premium);
            CompletableFuture<Void> stamped = reinsurerA.runAfterEitherAsync(reinsurerB, () -> policy.reinsured = true, brokers);
            CompletableFuture.allOf(priced, backup, stamped).join();
            if (!policy.reinsured || policy.backupPremium < policy.premium) {
                throw new IllegalStateException("policy " + p + " incomplete");
            }
            total += policy.premium + policy.excess;
        }
        brokers.shutdown();
        System.out.println("15 policies, premiums " + total);
    }
}
