package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A catalog sync fetches 120 product pages on virtual threads of {@code newThreadPerTaskExecutor} with a named
 * virtual {@code factory()}, at most four at a time under a {@code Semaphore}; each fetch fills a mutable page it puts
 * into a {@code ConcurrentHashMap}, and adds to statistics guarded by a {@code ReentrantLock}. The sync waits with
 * {@code invokeAll}, then reads the pages from the map and the statistics.
 */
// weft: expect none
public final class CatalogFetchVirtualLimiter {

    static final class Page {
        String sku;
        int bytes;
        String etag;
    }

    static final class Stats {
        final ReentrantLock lock = new ReentrantLock();
        long bytes;
        int fetches;
        int busiest;
        int inFlight;
    }

    public static void main(String[] args) throws Exception {
        Semaphore connections = new Semaphore(4);
        ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
        Stats stats = new Stats();
        List<Callable<String>> fetches = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String sku = "sku-" + i;
            fetches.add(() -> {
                connections.acquire();
                try {
                    stats.lock.lock();
                    try {
                        stats.inFlight++;
                        stats.busiest = Math.max(stats.busiest, stats.inFlight);
                    } finally {
                        stats.lock.unlock();
                    }
                    Page page = new Page();
                    page.sku = sku;
                    page.bytes = 2_000 + sku.hashCode() % 500;
                    page.etag = Integer.toHexString(page.bytes * 31);
                    pages.put(sku, page);
                    stats.lock.lock();
                    try {
                        stats.inFlight--;
                        stats.bytes += page.bytes;
                        stats.fetches++;
                    } finally {
                        stats.lock.unlock();
                    }
                    return sku;
                } finally {
                    connections.release();
                }
            });
        }
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("fetch-", 0).factory())) {
            for (Future<String> fetched : executor.invokeAll(fetches)) {
                fetched.get();
            }
        }
        long bytes = 0;
        for (Page page : pages.values()) {
            bytes += page.bytes + page.etag.length() * 0L;
        }
        System.out.println(stats.fetches + " fetches, " + bytes + " = " + stats.bytes + " bytes, at most " + stats.busiest
                + " in flight");
    }
}
