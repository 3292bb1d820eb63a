package example.racehunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The ranking thread sorts its own list by each player's score, which the game thread keeps updating: the comparator runs inside List.sort. */
// weft: expect race example.racehunt.SortByLiveScore$Player.score threads=game,ranking
public final class SortByLiveScore {

    static final class Player {
        final String name;
        int score;

        Player(String name) {
            this.name = name;
        }

        int score() {
            return score; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Player ada = new Player("ada");
        Player bob = new Player("bob");
        Threads.runAll(new String[] {"game", "ranking"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        ada.score += 3; // weft: race
                    }
                },
                () -> {
                    List<Player> ranking = new ArrayList<>(List.of(ada, bob));
                    for (int i = 0; i < 100; i++) {
                        ranking.sort(Comparator.comparingInt(Player::score).reversed());
                    }
                    System.out.println("leader " + ranking.get(0).name.length());
                });
    }
}
