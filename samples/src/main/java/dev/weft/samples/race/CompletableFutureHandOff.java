package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stock order priced asynchronously: {@code supplyAsync} fetches a quote on a pool thread,
 * {@code thenApply} turns it into a priced order, and {@code main} gets the result with {@code join} and,
 * for a second order, with {@code get}.
 *
 * <p>{@code Request}, {@code Quote} and {@code PricedOrder} have only plain fields. The pool's threads,
 * {@code async-1} and {@code async-2}, are started before any request exists. {@code main} writes a
 * request and passes it to {@code supplyAsync}; the supplier reads it and writes a quote; the
 * {@code thenApply} function (run by whichever thread completes the quote) reads the quote and writes a
 * priced order; {@code main} reads that after {@code join} or {@code get}. Submitting the supplier
 * happens-before it runs, completing a stage happens-before its dependent stages and the return of
 * {@code join}/{@code get}: the futures are the only thing ordering these writes with these reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model {@code CompletableFuture} would
 * wrongly report races on the fields of {@code Request}, {@code Quote} or {@code PricedOrder}.
 */
@Sample(
        shows = "Plain objects flow main -> supplyAsync -> thenApply -> join/get through CompletableFutures on"
                + " a pool: each stage happens-before the next, no race.",
        expect = "none",
        twin = "UnsafePublication")
public final class CompletableFutureHandOff {

    private CompletableFutureHandOff() {
    }

    /** What {@code main} asks for. */
    static final class Request {
        String symbol;
        int shares;
    }

    /** A price fetched by the supplier. */
    static final class Quote {
        String symbol;
        long cents;
    }

    /** The result {@code main} reads. */
    static final class PricedOrder {
        String symbol;
        int shares;
        long totalCents;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), task -> new Thread(task, "async-" + threads.incrementAndGet()));
        pool.prestartAllCoreThreads();

        Request first = request("WEFT", 10);
        PricedOrder joined = CompletableFuture.supplyAsync(() -> quote(first), pool)
                .thenApply(quote -> price(quote, first))
                .join();
        System.out.println("join: " + joined.shares + " " + joined.symbol + " for " + joined.totalCents);

        Request second = request("LOOM", 3);
        PricedOrder got = CompletableFuture.supplyAsync(() -> quote(second), pool)
                .thenApply(quote -> price(quote, second))
                .get();
        System.out.println("get: " + got.shares + " " + got.symbol + " for " + got.totalCents);

        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
    }

    private static Request request(String symbol, int shares) {
        Request request = new Request();
        request.symbol = symbol;
        request.shares = shares;
        return request;
    }

    /** The supplier: reads the request, writes a quote. */
    private static Quote quote(Request request) {
        Quote quote = new Quote();
        quote.symbol = request.symbol;
        quote.cents = 100L * request.symbol.length() + 7;
        return quote;
    }

    /** The {@code thenApply} function: reads the quote and the request, writes the priced order. */
    private static PricedOrder price(Quote quote, Request request) {
        PricedOrder order = new PricedOrder();
        order.symbol = quote.symbol;
        order.shares = request.shares;
        order.totalCents = quote.cents * request.shares;
        return order;
    }
}
