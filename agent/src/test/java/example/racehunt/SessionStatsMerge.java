package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The fixed twin of {@code SessionStatsContainsThenPut}: the hit is counted inside the map's {@code compute}. */
// weft: expect none
public final class SessionStatsMerge {

    static final class Stats {
        int hits;
    }

    static final ConcurrentMap<String, Stats> STATS = new ConcurrentHashMap<>();

    static void hit(String user) {
        STATS.compute(user, (u, stats) -> {
            Stats counted = stats == null ? new Stats() : stats;
            counted.hits++;
            return counted;
        });
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
