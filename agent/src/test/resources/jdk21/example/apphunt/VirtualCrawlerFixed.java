package example.apphunt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A crawler on virtual threads (JDK 21+): one virtual thread per page fetch, results handed to a virtual
 * indexer thread through a queue; the crawler's count of fetched pages is bumped under a
 * {@code ReentrantLock}.
 */
// weft: expect none
public final class VirtualCrawlerFixed {

    record Page(String url, String body) { }

    static final class Crawler {
        private final Map<String, Integer> linksPerPage = new ConcurrentHashMap<>();
        private final BlockingQueue<Page> toIndex = new LinkedBlockingQueue<>();
        private final ReentrantLock counting = new ReentrantLock();
        private int pagesFetched;

        Page fetch(String url) throws InterruptedException {
            Thread.sleep(1);
            counting.lock();
            try {
                pagesFetched++;
            } finally {
                counting.unlock();
            }
            return new Page(url, "<a href=" + url + "/next>" + url.length() + "</a>");
        }

        void index() throws InterruptedException {
            for (Page page = toIndex.take(); !page.url().isEmpty(); page = toIndex.take()) {
                linksPerPage.merge(page.url(), page.body().split("<a ").length - 1, Integer::sum);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Crawler crawler = new Crawler();
        Thread indexer = Thread.ofVirtual().name("indexer").start(() -> {
            try {
                crawler.index();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> urls = List.of("https://a.example", "https://b.example", "https://c.example", "https://d.example",
                "https://e.example", "https://f.example", "https://g.example", "https://h.example");
        try (ExecutorService fetchers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("fetch-", 1).factory())) {
            List<Future<Page>> pages = urls.stream().map(url -> fetchers.submit(() -> crawler.fetch(url))).toList();
            for (Future<Page> page : pages) {
                crawler.toIndex.put(page.get());
            }
        }
        crawler.toIndex.put(new Page("", ""));
        indexer.join();
        System.out.println(crawler.pagesFetched + " fetched, " + crawler.linksPerPage.size() + " indexed");
    }
}
