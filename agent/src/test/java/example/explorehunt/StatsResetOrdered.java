package example.explorehunt;

import java.util.HashMap;
import java.util.Map;

/** {@link StatsResetDeadlock} with the reset taking the cache's monitor first, as a lookup does. */
// weft: expect none
public final class StatsResetOrdered {

    static final class Stats {
        Cache cache;
        int hits;

        synchronized void hit() {
            hits++;
        }

        void reset() {
            synchronized (cache) {
                synchronized (this) {
                    hits = 0;
                }
                cache.clear();
            }
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
        Thread resetter = new Thread(stats::reset, "resetter");
        reader.start();
        resetter.start();
        reader.join();
        resetter.join();
        synchronized (stats) {
            System.out.println("hits " + stats.hits);
        }
    }
}
