package example.explorehunt;

import java.util.concurrent.CompletableFuture;

/**
 * A price quote fetched asynchronously; its callback shows it on the board. The board is made after the callback is
 * attached: when the quote completes first, the callback runs before there is a board ({@code NullPointerException},
 * an order violation), and {@code join} rethrows it in {@code main}.
 */
// weft: expect failure
public final class QuoteBoardLate {

    static final class Board {
        void show(double price) {
            System.out.println("price " + price);
        }
    }

    static volatile Board board;

    public static void main(String[] args) {
        CompletableFuture<Double> quote = CompletableFuture.supplyAsync(() -> 101.5);
        CompletableFuture<Void> shown = quote.thenAccept(price -> board.show(price));
        board = new Board(); // the bug: made after the callback that uses it is attached
        shown.join();
    }
}
