package example.apphunt;

import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A game's leaderboard keeps one score per player in a {@code ConcurrentSkipListMap}; two match servers report results
 * with {@code compute}, whose function makes a new score from the old one (the map may run it more than once, and in
 * two threads at once: a score changed in place would race); the board is printed through {@code descendingMap()}
 * after they end.
 */
// weft: expect none
public final class Leaderboard {

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
                        Score updated = new Score();
                        updated.points = (score == null ? 0 : score.points) + server + 1;
                        updated.matches = (score == null ? 0 : score.matches) + 1;
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
