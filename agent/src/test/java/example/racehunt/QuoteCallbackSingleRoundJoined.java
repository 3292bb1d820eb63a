package example.racehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@link QuoteCallbackSingleRound} fixed: the board joins the callback's stage before it reads the price. */
// weft: expect none
public final class QuoteCallbackSingleRoundJoined {

    private static int lastPrice;

    public static void main(String[] args) {
        ExecutorService pricer = Executors.newSingleThreadExecutor(task -> new Thread(task, "pricer"));
        CompletableFuture<Integer> quote = CompletableFuture.completedFuture(42);
        CompletableFuture<Void> shown = quote.thenAcceptAsync(price -> lastPrice = price, pricer);
        shown.join();
        System.out.println("board shows " + lastPrice);
        pricer.shutdown();
    }
}
