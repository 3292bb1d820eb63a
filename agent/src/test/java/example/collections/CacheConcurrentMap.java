package example.collections;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The twin of CacheGetThenPut: the cache is a ConcurrentHashMap. */
// weft: expect none
public final class CacheConcurrentMap {

    private final Map<Integer, String> cache = new ConcurrentHashMap<>();

    String render(int key) {
        String value = cache.get(key);
        if (value == null) {
            value = "#" + key;
            cache.put(key, value);
        }
        return value;
    }

    public static void main(String[] args) throws InterruptedException {
        CacheConcurrentMap renderer = new CacheConcurrentMap();
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
