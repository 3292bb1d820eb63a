package example.collections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An LRU cache of rendered pages, an access-ordered {@code LinkedHashMap} that drops its eldest entry past 64: two
 * request threads only call {@code get}, yet each {@code get} of a key it holds moves that entry to the end, a change
 * of the map. Weft reports the race on the cache's contents between the two readers.
 */
// weft: expect race example.collections.LruCacheReadersRace.pages threads=reader-a,reader-b collection=example.collections.LruCacheReadersRace$1
public final class LruCacheReadersRace {

    static final Map<String, String> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 64;
        }
    };

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 32; i++) {
            pages.put("/page/" + i, "<html>" + i + "</html>");
        }
        int[] served = new int[2];
        Threads.runAll(new String[] {"reader-a", "reader-b"}, () -> {
            for (int i = 0; i < 2_000; i++) {
                served[0] += pages.get("/page/" + i % 32).length(); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 2_000; i++) {
                served[1] += pages.get("/page/" + (i * 7) % 32).length(); // weft: race
            }
        });
        System.out.println("served " + (served[0] + served[1]) + " characters");
    }
}
