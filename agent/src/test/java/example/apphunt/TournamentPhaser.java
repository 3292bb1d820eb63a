package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

/**
 * A chess tournament plays in rounds on a {@code Phaser} whose players register while it runs: a player
 * registers late players before round two, and each leaves with {@code arriveAndDeregister} after its last
 * round. Each player writes its own score each round and reads the others' from the round before.
 */
// weft: expect none
public final class TournamentPhaser {

    static final class Player {
        final String name;
        final int[] points = new int[4];

        Player(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Phaser rounds = new Phaser(1);
        List<Player> players = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            players.add(new Player("p" + i));
        }
        for (int i = 0; i < 3; i++) {
            threads.add(startPlayer(rounds, players, i, 0));
        }
        rounds.arriveAndAwaitAdvance(); // round 0 done: late players join for rounds 1 to 3
        for (int i = 3; i < 5; i++) {
            players.add(new Player("p" + i));
        }
        for (int i = 3; i < 5; i++) {
            threads.add(startPlayer(rounds, players, i, 1));
        }
        for (int round = 1; round < 4; round++) {
            rounds.arriveAndAwaitAdvance();
        }
        rounds.arriveAndDeregister();
        for (Thread t : threads) {
            t.join();
        }
        int total = 0;
        for (Player p : players) {
            for (int points : p.points) {
                total += points;
            }
        }
        System.out.println(players.size() + " players, " + total + " points");
    }

    private static Thread startPlayer(Phaser rounds, List<Player> players, int index, int firstRound) {
        rounds.register();
        Player me = players.get(index);
        List<Player> field = List.copyOf(players);
        Thread t = new Thread(() -> {
            for (int round = firstRound; round < 4; round++) {
                int rivals = 0;
                for (Player other : field) {
                    if (other != me && round > firstRound) {
                        rivals += other.points[round - 1];
                    }
                }
                me.points[round] = (index + round + rivals) % 3;
                if (round == 3) {
                    rounds.arriveAndDeregister();
                } else {
                    rounds.arriveAndAwaitAdvance();
                }
            }
        }, "player-" + index);
        t.start();
        return t;
    }
}
