package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Click statistics per page: tracker tasks on a pool change each page's mutable stats only inside
 * {@code ConcurrentHashMap.compute} and count referrers with {@code merge}; after {@code awaitTermination} the report
 * reads them with the parallel bulk operations ({@code forEach}, {@code reduceValuesToLong}, {@code search},
 * {@code reduce}) at a parallelism threshold of 1, so the common pool's workers read the stats too.
 */
// weft: expect none
public final class ClickStatsChmParallelReduce {

    static final class Stats {
        long clicks;
        long dwellMillis;
        String lastReferrer = "";
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Stats> pages = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Long> referrers = new ConcurrentHashMap<>();
        ExecutorService trackers = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 6; t++) {
            int tracker = t;
            trackers.execute(() -> {
                for (int i = 0; i < 200; i++) {
                    String referrer = "ref-" + (i + tracker) % 5;
                    int dwell = i % 30;
                    pages.compute("/page/" + i % 17, (page, stats) -> {
                        Stats s = stats == null ? new Stats() : stats;
                        s.clicks++;
                        s.dwellMillis += dwell;
                        s.lastReferrer = referrer;
                        return s;
                    });
                    referrers.merge(referrer, 1L, Long::sum);
                }
            });
        }
        trackers.shutdown();
        trackers.awaitTermination(30, TimeUnit.SECONDS);
        long[] busiest = new long[1];
        pages.forEach(1, (page, stats) -> {
            synchronized (busiest) {
                busiest[0] = Math.max(busiest[0], stats.clicks);
            }
        });
        long dwell = pages.reduceValuesToLong(1, stats -> stats.dwellMillis, 0L, Long::sum);
        String found = pages.search(1, (page, stats) -> stats.lastReferrer.equals("ref-3") ? page : null);
        Stats total = pages.reduce(1, (page, stats) -> stats, (a, b) -> {
            Stats sum = new Stats();
            sum.clicks = a.clicks + b.clicks;
            sum.dwellMillis = a.dwellMillis + b.dwellMillis;
            return sum;
        });
        long refs = referrers.reduceValuesToLong(1, Long::longValue, 0L, Long::sum);
        System.out.println(total.clicks + " clicks, busiest " + busiest[0] + ", dwell " + dwell + ", " + refs + " refs, "
                + (found != null));
    }
}
