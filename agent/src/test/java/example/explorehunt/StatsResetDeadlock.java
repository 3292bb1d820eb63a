package example.explorehunt;

import java.util.HashMap;
import java.util.Map;

/**
 * A cache whose {@code synchronized} lookup records a hit in its statistics (their monitor), and statistics whose
 * {@code synchronized} reset clears the cache: the cache's monitor, then the statistics', on one path, the other order
 * on the other.
 */
// weft: expect deadlock
public final class StatsResetDeadlock {

    static final class Stats {
        Cache cache;
        int hits;

        synchronized void hit() {
            hits++;
        }

        synchronized void reset() {
            hits = 0;
            cache.clear();
        }
    }

    static final class Cache {
        final Map<String, String> entries = new HashMap<>();
        Stats stats;

        synchronized String get(String key) {
            String value = entries.computeIfAbsent(key, k -> "value of " + k);
            stats.hit();
            return value;
        }

        synchronized void clear() {
            entries.clear();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        Stats stats = new Stats();
        cache.stats = stats;
        stats.cache = cache;
        Thread reader = new Thread(() -> cache.get("user:1"), "reader");
        Thread resetter = new Thread(() -> {
            MonitorMeetsLock.pause(args);
            stats.reset();
        }, "resetter");
        reader.start();
        resetter.start();
        reader.join();
        resetter.join();
        System.out.println("hits " + stats.hits);
    }
}
