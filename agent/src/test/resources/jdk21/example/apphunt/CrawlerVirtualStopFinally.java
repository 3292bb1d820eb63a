package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A crawler's virtual threads poll their sites until stopped: the operator writes each one's stop reason and
 * interrupts it, and each logs the reason in a {@code finally} its {@code InterruptedException} passes through; a
 * second set runs in a virtual-thread executor that the operator stops with {@code shutdownNow()} after writing a
 * shared reason, its tasks catching the interrupt as {@code Exception}.
 */
// weft: expect none
public final class CrawlerVirtualStopFinally {

    static final class Site {
        final String host;
        String stopReason;
        int polls;
        final List<String> log = new ArrayList<>();

        Site(String host) {
            this.host = host;
        }
    }

    static String sharedReason;

    static void poll(Site site) throws InterruptedException {
        try {
            while (true) {
                site.polls++;
                Thread.sleep(1);
            }
        } finally {
            site.log.add(site.host + " stopped: " + site.stopReason);
        }
    }

    public static void main(String[] args) throws Exception {
        Site[] sites = new Site[4];
        Thread[] crawlers = new Thread[sites.length];
        for (int i = 0; i < sites.length; i++) {
            Site site = new Site("host-" + i);
            sites[i] = site;
            crawlers[i] = Thread.ofVirtual().name("crawler-" + i).start(() -> {
                try {
                    poll(site);
                } catch (InterruptedException e) {
                    site.log.add("done");
                }
            });
        }
        Site[] pooled = new Site[3];
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < pooled.length; i++) {
            Site site = new Site("pooled-" + i);
            pooled[i] = site;
            executor.submit(() -> {
                try {
                    while (true) {
                        site.polls++;
                        Thread.sleep(1);
                    }
                } catch (Exception e) {
                    site.log.add("stopped: " + sharedReason);
                }
            });
        }
        Thread.sleep(20);
        for (int i = 0; i < sites.length; i++) {
            sites[i].stopReason = "robots.txt changed for " + sites[i].host;
            crawlers[i].interrupt();
        }
        sharedReason = "crawl budget spent";
        executor.shutdownNow();
        for (Thread crawler : crawlers) {
            crawler.join();
        }
        executor.awaitTermination(10, TimeUnit.SECONDS);
        int lines = 0;
        for (Site site : sites) {
            lines += site.log.size();
        }
        for (Site site : pooled) {
            lines += site.log.size();
        }
        System.out.println(lines + " log lines");
    }
}
