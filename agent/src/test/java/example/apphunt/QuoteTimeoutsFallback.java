package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An insurance quote aggregator with deadlines: a slow provider's quote is replaced by a default with
 * {@code completeOnTimeout}, another's times out with {@code orTimeout} and is recovered in {@code exceptionally}; a
 * fast one completes normally. The quotes are mutable objects made in the providers' threads (or the JDK's delayer's)
 * and read by {@code thenApply} functions and by {@code main} after {@code join}.
 */
// weft: expect none
public final class QuoteTimeoutsFallback {

    static final class Quote {
        String provider;
        long cents;
        final List<String> notes = new ArrayList<>();
    }

    static Quote quote(String provider, long cents, String note) {
        Quote q = new Quote();
        q.provider = provider;
        q.cents = cents;
        q.notes.add(note);
        return q;
    }

    public static void main(String[] args) {
        ExecutorService providers = Executors.newFixedThreadPool(3);
        CompletableFuture<Quote> fast = CompletableFuture.supplyAsync(() -> quote("fast", 9_000, "online"), providers);
        CompletableFuture<Quote> slow = CompletableFuture.supplyAsync(() -> {
            sleep(300);
            return quote("slow", 8_000, "broker");
        }, providers).completeOnTimeout(quote("default", 12_000, "list price"), 20, TimeUnit.MILLISECONDS);
        CompletableFuture<Quote> late = CompletableFuture.supplyAsync(() -> {
            sleep(300);
            return quote("late", 7_000, "agent");
        }, providers).orTimeout(20, TimeUnit.MILLISECONDS).exceptionally(failure -> {
            Quote q = quote("late", Long.MAX_VALUE, failure instanceof TimeoutException ? "timed out" : "failed");
            q.notes.add("excluded");
            return q;
        });
        CompletableFuture<String> best = fast.thenCombine(slow, (a, b) -> a.cents <= b.cents ? a : b)
                .thenCombine(late, (a, b) -> a.cents <= b.cents ? a : b)
                .thenApply(q -> q.provider + " " + q.cents + " " + q.notes);
        System.out.println(best.join() + " / " + late.join().notes + " / " + slow.join().provider);
        providers.shutdownNow();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
