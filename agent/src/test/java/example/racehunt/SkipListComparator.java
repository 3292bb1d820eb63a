package example.racehunt;

import java.util.concurrent.ConcurrentSkipListMap;

/** Mutable keys ordered by a comparator inside a ConcurrentSkipListMap, put by producers and read by a ranker. */
// weft: expect none
public final class SkipListComparator {

    static final class Player {
        String name;
        int score;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentSkipListMap<Player, Integer> ranking = new ConcurrentSkipListMap<>(
                (a, b) -> a.score != b.score ? Integer.compare(b.score, a.score) : a.name.compareTo(b.name));
        Runnable producer = () -> {
            for (int i = 0; i < 50; i++) {
                Player player = new Player();
                player.name = Thread.currentThread().getName() + i;
                player.score = i * 7 % 31;
                ranking.put(player, i);
            }
        };
        Runnable ranker = () -> {
            int seen = 0;
            for (int round = 0; round < 20; round++) {
                for (Player player : ranking.keySet()) {
                    seen += player.name.length() + player.score;
                }
            }
            System.out.println("seen " + seen);
        };
        Threads.runAll(new String[] {"league-1", "league-2", "ranker"}, producer, producer, ranker);
        System.out.println("top " + ranking.firstKey().name);
    }
}
