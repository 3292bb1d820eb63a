package example.apphunt;

import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A game's leaderboard keeps one mutable score per player in a {@code ConcurrentSkipListMap}, changed only inside
 * {@code compute}; two match servers report results; the board is printed through {@code descendingMap()} after they
 * end.
 */
// weft: expect none
public final class LeaderboardFixed {

    static final class Score {
        int points;
        int matches;
        String lastOpponent;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentSkipListMap<String, Score> board = new ConcurrentSkipListMap<>();
        Thread[] servers = new Thread[2];
        for (int s = 0; s < servers.length; s++) {
            int server = s;
            servers[s] = new Thread(() -> {
                for (int match = 0; match < 50; match++) {
                    String player = "p" + (match % 4), opponent = "p" + ((match + server + 1) % 4);
                    board.compute(player, (name, score) -> {
                        Score updated = score == null ? new Score() : score;
                        updated.points += server + 1;
                        updated.matches++;
                        updated.lastOpponent = opponent;
                        return updated;
                    });
                }
            }, "server-" + s);
            servers[s].start();
        }
        for (Thread server : servers) {
            server.join();
        }
        board.descendingMap().forEach((player, score) ->
                System.out.println(player + " " + score.points + " in " + score.matches + " (last " + score.lastOpponent + ")"));
    }
}
