package example.apphunt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An image cache of the last 32 thumbnails: an access-ordered {@code LinkedHashMap} (every {@code get} moves an entry)
 * behind a {@code ReentrantLock}, which every lookup, insert and eviction count takes; the thumbnails are made
 * outside the lock and published by the insert.
 */
// weft: expect none
public final class LruCacheLocked {

    static final class Thumbnail {
        final String key;
        int[] pixels;

        Thumbnail(String key) {
            this.key = key;
            this.pixels = new int[16];
            this.pixels[0] = key.hashCode();
        }
    }

    static final class Cache {
        private final ReentrantLock lock = new ReentrantLock();
        int evictions;
        private final Map<String, Thumbnail> entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Thumbnail> eldest) {
                boolean full = size() > 32;
                if (full) {
                    evictions++;
                }
                return full;
            }
        };

        Thumbnail get(String key) {
            lock.lock();
            try {
                return entries.get(key);
            } finally {
                lock.unlock();
            }
        }

        void put(Thumbnail thumbnail) {
            lock.lock();
            try {
                entries.put(thumbnail.key, thumbnail);
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Cache cache = new Cache();
        ExecutorService viewers = Executors.newFixedThreadPool(3);
        for (int v = 0; v < 3; v++) {
            int viewer = v;
            viewers.submit(() -> {
                long sum = 0;
                for (int i = 0; i < 400; i++) {
                    String key = "img-" + (i * (viewer + 3)) % 48;
                    Thumbnail t = cache.get(key);
                    if (t == null) {
                        t = new Thumbnail(key);
                        cache.put(t);
                    }
                    sum += t.pixels[0];
                }
                return sum;
            });
        }
        viewers.shutdown();
        viewers.awaitTermination(10, TimeUnit.SECONDS);
        cache.lock.lock();
        try {
            System.out.println(cache.evictions + " " + cache.entries.size());
        } finally {
            cache.lock.unlock();
        }
    }
}
