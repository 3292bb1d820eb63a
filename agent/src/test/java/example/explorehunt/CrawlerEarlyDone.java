package example.explorehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crawler on a pool of two workers counts the pages still to crawl and opens a latch when the count drops to zero.
 * A page takes itself off the count before it submits the pages it links to: when the other worker's page was the
 * only one left, the count touches zero in between, the latch opens, and the caller reads a crawl with a page
 * missing (the termination-detection bug of work-stealing pools).
 */
// weft: expect failure
public final class CrawlerEarlyDone {

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
        if (PENDING.decrementAndGet() == 0) { // the bug: before its links are on the count
            DONE.countDown();
        }
        for (Page link : page.links()) {
            submit(link);
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
