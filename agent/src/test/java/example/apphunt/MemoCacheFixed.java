package example.apphunt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * A memoizing cache: values come from {@code computeIfAbsent}, an LRU of recent keys sits under a monitor,
 * the stats are recorded and read under their monitor.
 */
// weft: expect none
public final class MemoCacheFixed {

    static final class CacheStats {
        private long hits;
        private long misses;

        synchronized void recordHit() {
            hits++;
        }

        synchronized void recordMiss() {
            misses++;
        }

        synchronized String summary() {
            long h = hits;
            return "hits=" + h;
        }
    }

    static final class Memo<K, V> {
        private final Map<K, V> values = new ConcurrentHashMap<>();
        private final Map<K, Boolean> recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
                return size() > 8;
            }
        };
        private final Function<K, V> loader;
        final CacheStats stats = new CacheStats();

        Memo(Function<K, V> loader) {
            this.loader = loader;
        }

        V get(K key) {
            synchronized (recent) {
                recent.put(key, Boolean.TRUE);
            }
            V known = values.get(key);
            if (known != null) {
                stats.recordHit();
                return known;
            }
            stats.recordMiss();
            return values.computeIfAbsent(key, loader);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Memo<Integer, String> squares = new Memo<>(n -> Integer.toString(n * n));
        CountDownLatch done = new CountDownLatch(3);
        for (int t = 0; t < 3; t++) {
            int offset = t;
            new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    squares.get((i + offset) % 20);
                }
                done.countDown();
            }, "lookup-" + (t + 1)).start();
        }
        Thread reporter = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                System.out.println(squares.stats.summary());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stats-reporter");
        reporter.start();
        done.await();
        reporter.join();
        System.out.println("final " + squares.stats.summary());
    }
}
