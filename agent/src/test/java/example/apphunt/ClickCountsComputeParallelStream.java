package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Click analytics: tracker threads change per-page counters (plain fields of a mutable value) only inside
 * {@code ConcurrentHashMap.compute}; after joining them, {@code main} reports with
 * {@code values().parallelStream()}, whose functions run in the common pool's workers and read those fields.
 */
// weft: expect none
public final class ClickCountsComputeParallelStream {

    static final class PageStats {
        String page;
        long clicks;
        long lastVisitor;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, PageStats> stats = new ConcurrentHashMap<>();
        Thread[] trackers = new Thread[3];
        for (int t = 0; t < trackers.length; t++) {
            int tracker = t;
            trackers[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    long visitor = tracker * 1_000L + i;
                    stats.compute("/page/" + i % 40, (page, known) -> {
                        PageStats s = known == null ? new PageStats() : known;
                        s.page = page;
                        s.clicks++;
                        s.lastVisitor = visitor;
                        return s;
                    });
                }
            }, "tracker-" + t);
            trackers[t].start();
        }
        for (Thread tracker : trackers) {
            tracker.join();
        }
        long clicks = stats.values().parallelStream().mapToLong(s -> s.clicks).sum();
        long pagesWithVisitors = stats.values().parallelStream().filter(s -> s.lastVisitor >= 0 && s.page.startsWith("/")).count();
        System.out.println(clicks + " clicks on " + pagesWithVisitors + " pages");
    }
}
