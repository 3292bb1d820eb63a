package example.collections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The correct twin of {@link LruCacheReadersRace}: the readers take the cache's monitor around each {@code get},
 * since an access-ordered map's {@code get} changes it. Weft stays silent.
 */
// weft: expect none
public final class LruCacheReadersLocked {

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
                synchronized (pages) {
                    served[0] += pages.get("/page/" + i % 32).length();
                }
            }
        }, () -> {
            for (int i = 0; i < 2_000; i++) {
                synchronized (pages) {
                    served[1] += pages.get("/page/" + (i * 7) % 32).length();
                }
            }
        });
        System.out.println("served " + (served[0] + served[1]) + " characters");
    }
}
