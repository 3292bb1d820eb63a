package example.collections;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A HashMap used as a cache by pool threads: get, and on a miss put, with no lock. */
// weft: expect race example.collections.CacheGetThenPut.cache threads=pool-1-thread-*,pool-1-thread-* collection=java.util.HashMap
public final class CacheGetThenPut {

    private final Map<Integer, String> cache = new HashMap<>();

    String render(int key) {
        String value = cache.get(key); // weft: race
        if (value == null) {
            value = "#" + key;
            cache.put(key, value); // weft: race
        }
        return value;
    }

    public static void main(String[] args) throws InterruptedException {
        CacheGetThenPut renderer = new CacheGetThenPut();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int task = 0; task < 4; task++) {
            int from = task * 50;
            pool.submit(() -> {
                for (int key = from; key < from + 50; key++) {
                    renderer.render(key);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        System.out.println("cached " + renderer.cache.size());
    }
}
