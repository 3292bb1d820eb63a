package example.racehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A price board registers one {@code thenAcceptAsync} callback on a quote that is already there, then shows the
 * last price without waiting for the callback: the callback's write races with the board's read, even when the
 * callback ends before the registering call returns.
 */
// weft: expect race example.racehunt.QuoteCallbackSingleRound.lastPrice threads=main,pricer
public final class QuoteCallbackSingleRound {

    private static int lastPrice;

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pricer = Executors.newSingleThreadExecutor(task -> new Thread(task, "pricer"));
        CompletableFuture<Integer> quote = CompletableFuture.completedFuture(42);
        quote.thenAcceptAsync(price -> lastPrice = price, pricer); // weft: race
        Thread.sleep(100);
        System.out.println("board shows " + lastPrice); // weft: race
        pricer.shutdown();
    }
}
