package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An insurance broker asks a primary rater on its own pool; when the rater fails, {@code exceptionallyCompose} asks a
 * backup rater (a stage of a second pool), and, for the odd requests, {@code exceptionallyComposeAsync} hands the retry
 * to a plain thread that completes a promise; {@code exceptionallyAsync} turns a last failure into a default quote
 * made on the broker's pool. The broker reads every quote's fields after {@code join}.
 */
// weft: expect none
public final class QuoteRetryExceptionallyCompose {

    static final class Quote {
        final String request;
        long premiumCents;
        String rater;
        final List<String> notes = new ArrayList<>();

        Quote(String request) {
            this.request = request;
        }
    }

    static Quote rate(String request, String rater, long cents) {
        Quote quote = new Quote(request);
        quote.premiumCents = cents;
        quote.rater = rater;
        quote.notes.add("rated by " + rater);
        return quote;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService primary = Executors.newFixedThreadPool(2, new NamedThreads("primary-rater"));
        ExecutorService backup = Executors.newFixedThreadPool(2, new NamedThreads("backup-rater"));
        ExecutorService broker = Executors.newSingleThreadExecutor(new NamedThreads("broker"));
        List<CompletableFuture<Quote>> quotes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String request = "req-" + i;
            int n = i;
            CompletableFuture<Quote> first = CompletableFuture.supplyAsync(() -> {
                if (n % 3 != 0) {
                    throw new IllegalStateException("primary rater down");
                }
                return rate(request, "primary", 10_000 + n);
            }, primary);
            CompletableFuture<Quote> retried = n % 2 == 0
                    ? first.exceptionallyCompose(failure -> CompletableFuture.supplyAsync(() -> rate(request, "backup", 12_000 + n), backup))
                    : first.exceptionallyComposeAsync(failure -> {
                        CompletableFuture<Quote> promise = new CompletableFuture<>();
                        Thread retry = new Thread(() -> {
                            if (n == 5) {
                                promise.completeExceptionally(new IllegalStateException("backup down too"));
                            } else {
                                promise.complete(rate(request, "retry-thread", 13_000 + n));
                            }
                        }, "retry-" + n);
                        retry.start();
                        return promise;
                    }, broker);
            quotes.add(retried.exceptionallyAsync(failure -> rate(request, "default", 20_000), broker));
        }
        long total = 0;
        int notes = 0;
        for (CompletableFuture<Quote> quote : quotes) {
            Quote q = quote.join();
            total += q.premiumCents;
            notes += q.notes.size() + q.rater.length();
        }
        System.out.println(quotes.size() + " quotes, total " + total + ", notes " + notes);
        primary.shutdown();
        backup.shutdown();
        broker.shutdown();
        broker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
