package example.explorehunt;

import java.util.concurrent.CompletableFuture;

/** Twin of {@link QuoteBoardLate}: the board is made before the quote is asked for. */
// weft: expect none
public final class QuoteBoardFirst {

    static final class Board {
        void show(double price) {
            System.out.println("price " + price);
        }
    }

    static volatile Board board;

    public static void main(String[] args) {
        board = new Board();
        CompletableFuture<Double> quote = CompletableFuture.supplyAsync(() -> 101.5);
        CompletableFuture<Void> shown = quote.thenAccept(price -> board.show(price));
        shown.join();
    }
}
