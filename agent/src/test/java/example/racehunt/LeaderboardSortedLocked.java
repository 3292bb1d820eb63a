package example.racehunt;

import java.util.Arrays;

/** The twin of {@link LeaderboardSortedWhileScored}: the score and the sort hold the array's monitor. */
// weft: expect none
public final class LeaderboardSortedLocked {

    static final int[] SCORES = new int[8];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < SCORES.length; i++) {
            SCORES[i] = 10 * i;
        }
        Runnable game = () -> {
            synchronized (SCORES) {
                SCORES[3] = 95;
            }
        };
        Runnable ranker = () -> {
            synchronized (SCORES) {
                Arrays.sort(SCORES);
                System.out.println("top " + SCORES[SCORES.length - 1]);
            }
        };
        Threads.runAll(new String[] {"game", "ranker"}, game, ranker);
    }
}
