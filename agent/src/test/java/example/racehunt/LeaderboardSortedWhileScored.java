package example.racehunt;

import java.util.Arrays;

/** A leaderboard sorts a copy-free view of its scores with {@code Arrays.sort} while a game thread records a score into the same array. */
// weft: expect race int[] threads=game,ranker
public final class LeaderboardSortedWhileScored {

    static final int[] SCORES = new int[8];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < SCORES.length; i++) {
            SCORES[i] = 10 * i;
        }
        Runnable game = () -> SCORES[3] = 95; // weft: race
        Runnable ranker = () -> {
            Arrays.sort(SCORES); // weft: race
            System.out.println("top " + SCORES[SCORES.length - 1]);
        };
        Threads.runAll(new String[] {"game", "ranker"}, game, ranker);
    }
}
