package example.explorehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The twin of {@link QuoteStageUnderLock}: the feed completes the future after it has let the book go, so a stage
 * that runs in its thread holds nothing the indexer waits for.
 */
// weft: expect none
public final class QuoteStageAfterUnlock {

    static final Object BOOK = new Object();
    static final Object INDEX = new Object();
    static int bookedPrice;
    static int indexedPrice;

    /**
     * With an argument, the threads go in turn (latches): the indexer registers its stage, the feed completes the future,
     * then the indexer updates the book; a plain run then predicts the cycle.
     */
    public static void main(String[] args) throws InterruptedException {
        CompletableFuture<Integer> quote = new CompletableFuture<>();
        CountDownLatch registered = new CountDownLatch(args.length > 0 ? 1 : 0);
        CountDownLatch completed = new CountDownLatch(args.length > 0 ? 1 : 0);
        Thread feed = new Thread(() -> {
            HubTransfersThreeWay.await(registered);
            synchronized (BOOK) {
                bookedPrice = 42;
            }
            quote.complete(42);
            completed.countDown();
        }, "feed");
        Thread indexer = new Thread(() -> {
            quote.thenAccept(price -> {
                synchronized (INDEX) {
                    indexedPrice = price;
                }
            });
            registered.countDown();
            HubTransfersThreeWay.await(completed);
            synchronized (INDEX) {
                synchronized (BOOK) {
                    bookedPrice++;
                }
            }
        }, "indexer");
        feed.start();
        indexer.start();
        feed.join();
        indexer.join();
        System.out.println("booked " + bookedPrice + ", indexed " + indexedPrice);
    }
}
