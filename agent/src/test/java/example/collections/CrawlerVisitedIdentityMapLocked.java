package example.collections;

import java.util.IdentityHashMap;
import java.util.Map;

/** The twin of {@link CrawlerVisitedIdentityMap}: {@code visit} is {@code synchronized}. */
// weft: expect none
public final class CrawlerVisitedIdentityMapLocked {

    static final class Crawl {
        final Map<Object, Boolean> visited = new IdentityHashMap<>();

        synchronized boolean visit(Object page) {
            return visited.put(page, Boolean.TRUE) == null;
        }

        synchronized int count() {
            return visited.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Crawl crawl = new Crawl();
        Object home = new Object();
        Object about = new Object();
        Threads.runAll(new String[] {"crawler-1", "crawler-2"}, () -> crawl.visit(home), () -> crawl.visit(about));
        System.out.println("visited " + crawl.count());
    }
}
