package example.explorehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link CrawlerEarlyDone}'s correct twin: a page submits the pages it links to before it takes itself off the count,
 * so the count stays above zero while any page is left to crawl.
 */
// weft: expect none
public final class CrawlerDoneLast {

    static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    static final AtomicInteger PENDING = new AtomicInteger();
    static final AtomicInteger CRAWLED = new AtomicInteger();
    static final CountDownLatch DONE = new CountDownLatch(1);

    record Page(String url, Page... links) { }

    static void submit(Page page) {
        PENDING.incrementAndGet();
        POOL.execute(() -> crawl(page));
    }

    static void crawl(Page page) {
        CRAWLED.incrementAndGet();
        for (Page link : page.links()) {
            submit(link);
        }
        if (PENDING.decrementAndGet() == 0) {
            DONE.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        submit(new Page("/docs", new Page("/docs/install")));
        submit(new Page("/blog"));
        DONE.await();
        int crawled = CRAWLED.get();
        POOL.shutdown();
        if (crawled != 3) {
            throw new IllegalStateException("crawl done after " + crawled + " of 3 pages");
        }
    }
}
