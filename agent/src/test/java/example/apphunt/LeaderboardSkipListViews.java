package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;

/**
 * A game's leaderboard is a {@code ConcurrentSkipListMap} from score to an entry the scoring threads fill in before
 * they publish it ({@code putIfAbsent}, or {@code replace} of a tie's entry by a new one); readers walk the board
 * through navigation views while it grows: the top ten through {@code descendingMap().headMap(..)}, the band around
 * a score through {@code subMap} and {@code ceilingEntry}/{@code floorEntry}, and a prize thread takes the lowest
 * entries out with {@code pollFirstEntry} and reads them.
 */
// weft: expect none
public final class LeaderboardSkipListViews {

    static final class Entry {
        final List<String> players = new ArrayList<>();
        long achievedAt;
        String level;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentSkipListMap<Integer, Entry> board = new ConcurrentSkipListMap<>();
        int scorers = 3;
        CountDownLatch scored = new CountDownLatch(scorers);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < scorers; s++) {
            int scorer = s;
            threads.add(new Thread(() -> {
                for (int game = 0; game < 150; game++) {
                    int score = (game * 37 + scorer * 11) % 500;
                    Entry entry = new Entry();
                    entry.players.add("player-" + scorer + "-" + game);
                    entry.achievedAt = System.nanoTime();
                    entry.level = "level-" + score / 100;
                    Entry tied = board.putIfAbsent(score, entry);
                    if (tied != null) {
                        Entry merged = new Entry(); // entries are never changed once published: a tie is a new entry
                        merged.players.addAll(tied.players);
                        merged.players.addAll(entry.players);
                        merged.achievedAt = Math.min(tied.achievedAt, entry.achievedAt);
                        merged.level = tied.level;
                        board.replace(score, tied, merged);
                    }
                }
                scored.countDown();
            }, "scorer-" + s));
        }
        long[] seen = new long[2];
        threads.add(new Thread(() -> {
            while (scored.getCount() > 0) {
                NavigableMap<Integer, Entry> top = board.descendingMap().headMap(board.isEmpty() ? 0 : board.lastKey() - 50, false);
                for (Entry entry : top.values()) {
                    seen[0] += entry.players.size() + entry.level.length();
                }
                Map.Entry<Integer, Entry> above = board.ceilingEntry(250);
                Map.Entry<Integer, Entry> below = board.floorEntry(250);
                for (Entry entry : board.subMap(below == null ? 0 : below.getKey(), true, above == null ? 500 : above.getKey(), true).values()) {
                    seen[0] += entry.achievedAt % 3;
                }
            }
        }, "reader"));
        threads.add(new Thread(() -> {
            try {
                scored.await();
            } catch (InterruptedException e) {
                return;
            }
            for (int prize = 0; prize < 5; prize++) {
                Map.Entry<Integer, Entry> lowest = board.pollFirstEntry();
                seen[1] += lowest.getValue().players.size() + lowest.getKey();
            }
        }, "prizes"));
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int players = 0;
        for (Entry entry : board.values()) {
            players += entry.players.size();
        }
        System.out.println(board.size() + " scores, " + players + " players, seen " + seen[0] + "/" + seen[1]);
    }
}
