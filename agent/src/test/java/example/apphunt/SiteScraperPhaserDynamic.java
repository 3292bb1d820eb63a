package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Phaser;

/**
 * A site scraper whose page threads register on a {@code Phaser} as they are discovered: each page thread is
 * registered by its parent before it starts, fills its mutable page record, may discover two child pages (registering
 * and starting them) and {@code arriveAndDeregister}s. {@code main}, a party too, waits for the phase to advance, then
 * reads every page record.
 */
// weft: expect none
public final class SiteScraperPhaserDynamic {

    static final class Page {
        final String url;
        int links;
        String title;

        Page(String url) {
            this.url = url;
        }
    }

    static void crawl(Phaser phaser, ConcurrentLinkedQueue<Page> pages, String url, int depth) {
        phaser.register();
        new Thread(() -> {
            try {
                Page page = new Page(url);
                page.title = "Title of " + url;
                if (depth < 3) {
                    for (int child = 0; child < 2; child++) {
                        crawl(phaser, pages, url + "/" + child, depth + 1);
                        page.links++;
                    }
                }
                pages.add(page);
            } finally {
                phaser.arriveAndDeregister();
            }
        }, "page-" + url.length() + "-" + url.hashCode() % 100).start();
    }

    public static void main(String[] args) {
        Phaser phaser = new Phaser(1);
        ConcurrentLinkedQueue<Page> pages = new ConcurrentLinkedQueue<>();
        crawl(phaser, pages, "site", 0);
        phaser.arriveAndAwaitAdvance();
        List<String> titles = new ArrayList<>();
        int links = 0;
        for (Page page : pages) {
            titles.add(page.title);
            links += page.links;
        }
        System.out.println(titles.size() + " pages, " + links + " links");
    }
}
