package example.collections;

import java.util.IdentityHashMap;
import java.util.Map;

/** Two crawler threads mark the pages they visit in one {@code IdentityHashMap} with no lock. */
// weft: expect race example.collections.CrawlerVisitedIdentityMap$Crawl.visited threads=crawler-1,crawler-2 collection=java.util.IdentityHashMap
public final class CrawlerVisitedIdentityMap {

    static final class Crawl {
        final Map<Object, Boolean> visited = new IdentityHashMap<>();

        boolean visit(Object page) {
            return visited.put(page, Boolean.TRUE) == null; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Crawl crawl = new Crawl();
        Object home = new Object();
        Object about = new Object();
        Threads.runAll(new String[] {"crawler-1", "crawler-2"}, () -> crawl.visit(home), () -> crawl.visit(about));
        System.out.println("visited " + crawl.visited.size());
    }
}
