package example.racehunt;

import java.util.Arrays;

/**
 * A game's move cache compares the live board with a cached position with {@code Arrays.deepEquals} and hashes it with
 * {@code deepHashCode} while a player moves a piece, with no lock.
 */
// weft: expect race char[] threads=cache,player
public final class BoardCacheDeepEquals {

    public static void main(String[] args) throws InterruptedException {
        char[][] board = {{'r', '.', '.'}, {'.', 'k', '.'}, {'.', '.', 'R'}};
        char[][] cached = {{'r', '.', '.'}, {'.', 'k', '.'}, {'.', '.', 'R'}};
        Threads.runAll(new String[] {"player", "cache"},
                () -> board[2][2] = '.', // weft: race
                () -> System.out.println("hit " + Arrays.deepEquals(cached, board) + " " + Arrays.deepHashCode(board))); // weft: race
    }
}
