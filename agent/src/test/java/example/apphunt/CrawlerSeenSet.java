package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;

/**
 * A web crawler: fetch tasks on an executor make a page object (its links filled by the fetching thread), claim each
 * link in a {@code ConcurrentHashMap.newKeySet()} seen-set and submit a task for it; a {@code Phaser} that each task
 * registers on counts the crawl down, and {@code main} reads the pages (collected in a concurrent map) once it has
 * advanced.
 */
// weft: expect none
public final class CrawlerSeenSet {

    static final class Page {
        final String url;
        final List<String> links = new ArrayList<>();
        int depth;

        Page(String url) {
            this.url = url;
        }
    }

    static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    static final ConcurrentHashMap<String, Page> PAGES = new ConcurrentHashMap<>();

    static void crawl(ExecutorService pool, Phaser pending, String url, int depth) {
        try {
            Page page = new Page(url);
            page.depth = depth;
            if (depth < 4) {
                for (int i = 0; i < 3; i++) {
                    page.links.add(url + "/" + ((url.length() + i) % 5));
                }
            }
            PAGES.put(url, page);
            for (String link : page.links) {
                if (SEEN.add(link)) {
                    pending.register();
                    pool.execute(() -> crawl(pool, pending, link, depth + 1));
                }
            }
        } finally {
            pending.arriveAndDeregister();
        }
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Phaser pending = new Phaser(2);
        SEEN.add("https://shop");
        pool.execute(() -> crawl(pool, pending, "https://shop", 0));
        pending.arriveAndAwaitAdvance();
        pool.shutdown();
        int links = 0;
        int deepest = 0;
        for (Page page : PAGES.values()) {
            links += page.links.size();
            deepest = Math.max(deepest, page.depth);
        }
        System.out.println(PAGES.size() + " " + links + " " + deepest);
    }
}
