package example.apphunt;

import java.util.concurrent.Exchanger;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A relay of two teams, each on a phaser of its own under a common root (a tree of phasers): a leg ends when
 * both teams have run it, so a runner may then read the other team's distances. The root's {@code onAdvance}
 * keeps the scoreboard; the first team's runners swap batons through an {@code Exchanger} with a timeout.
 */
// weft: expect none
public final class RelayTeamsFixed {
    static final class Scoreboard { String lastPhase = ""; int advances; }

    public static void main(String[] args) throws Exception {
        Scoreboard board = new Scoreboard();
        Phaser root = new Phaser() {
            @Override
            protected boolean onAdvance(int phase, int parties) {
                board.advances++;
                board.lastPhase = "phase " + phase + " with " + parties + " teams";
                return parties == 0;
            }
        };
        Phaser[] teams = {new Phaser(root, 2), new Phaser(root, 2)};
        Exchanger<Integer> baton = new Exchanger<>();
        int[] distances = new int[4];
        long[] seen = new long[4];
        Thread[] runners = new Thread[4];
        for (int i = 0; i < runners.length; i++) {
            int id = i;
            Phaser team = teams[id / 2];
            runners[i] = new Thread(() -> {
                int bonus = 0;
                for (int leg = 0; leg < 3; leg++) {
                    distances[id] += 100 * (leg + 1) + bonus;
                    team.arriveAndAwaitAdvance(); // the leg is run by both teams
                    seen[id] += distances[(id + 2) % 4];
                    if (id < 2) {
                        try {
                            bonus = baton.exchange(distances[id] % 7, 5, TimeUnit.SECONDS);
                        } catch (InterruptedException | TimeoutException e) {
                            return;
                        }
                    }
                    team.arriveAndAwaitAdvance(); // every runner has looked at the other team
                }
                team.arriveAndDeregister();
            }, "runner-" + i);
            runners[i].start();
        }
        for (Thread r : runners) {
            r.join();
        }
        System.out.println(board.advances + " advances, last " + board.lastPhase + ", seen " + seen[0] + "/" + seen[3]);
    }
}
