package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A check-then-act on a {@code ConcurrentHashMap}: {@code containsKey}, then {@code put} of a new stats object,
 * then {@code get(key).hits++}. The map is safe; the stats object two gateways fetch for one user is not.
 */
// weft: expect race example.racehunt.SessionStatsContainsThenPut$Stats.hits threads=gateway-1,gateway-2
public final class SessionStatsContainsThenPut {

    static final class Stats {
        int hits;
    }

    static final ConcurrentMap<String, Stats> STATS = new ConcurrentHashMap<>();

    static void hit(String user) {
        if (!STATS.containsKey(user)) {
            STATS.put(user, new Stats());
        }
        STATS.get(user).hits++; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"gateway-1", "gateway-2"}, () -> {
            for (int i = 0; i < 1000; i++) {
                hit("user-" + i % 5);
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                hit("user-" + i % 5);
            }
        });
        System.out.println(STATS.size());
    }
}
