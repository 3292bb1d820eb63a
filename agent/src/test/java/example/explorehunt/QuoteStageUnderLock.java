package example.explorehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * A feed completes a quote's future while it holds the quote book's monitor; an indexer registers a stage on that
 * future that takes the index's monitor, then updates the book holding the index. A stage registered before the
 * future completes runs in the completing thread, inside its {@code synchronized} block: the feed holds the book and
 * wants the index while the indexer holds the index and wants the book (deadlock through a callback).
 */
// weft: expect deadlock
public final class QuoteStageUnderLock {

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
                quote.complete(42); // the bug: the stages registered so far run here, holding the book
            }
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
