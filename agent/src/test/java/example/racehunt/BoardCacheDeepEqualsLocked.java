package example.racehunt;

import java.util.Arrays;

/** Twin of {@code BoardCacheDeepEquals}: the move and the cache's look-up hold the board's lock. Correct: no finding. */
// weft: expect none
public final class BoardCacheDeepEqualsLocked {

    public static void main(String[] args) throws InterruptedException {
        char[][] board = {{'r', '.', '.'}, {'.', 'k', '.'}, {'.', '.', 'R'}};
        char[][] cached = {{'r', '.', '.'}, {'.', 'k', '.'}, {'.', '.', 'R'}};
        Threads.runAll(new String[] {"player", "cache"},
                () -> {
                    synchronized (board) {
                        board[2][2] = '.';
                    }
                },
                () -> {
                    synchronized (board) {
                        System.out.println("hit " + Arrays.deepEquals(cached, board) + " " + Arrays.deepHashCode(board));
                    }
                });
    }
}
