package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A web analytics job counts page views per page with {@code LongAdder}s in a {@code ConcurrentHashMap}, and each
 * crawler thread keeps its own report (plain fields) which it finishes before it signals on a shared
 * {@code LongAdder} of finished crawlers. The collector spins on {@code sum()} of that adder until every crawler has
 * finished, then reads their reports: the adder's cells are the only hand-off.
 */
// weft: expect none
public final class PageViewsLongAdder {

    static final class CrawlerReport {
        int pages;
        String busiest;
        long busiestViews;
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, LongAdder> views = new ConcurrentHashMap<>();
        LongAdder finished = new LongAdder();
        CrawlerReport[] reports = new CrawlerReport[3];
        for (int c = 0; c < reports.length; c++) {
            CrawlerReport report = new CrawlerReport();
            reports[c] = report;
            int crawler = c;
            new Thread(() -> {
                for (int hit = 0; hit < 400; hit++) {
                    String page = "/page/" + (hit * (crawler + 3)) % 17;
                    LongAdder counter = views.computeIfAbsent(page, p -> new LongAdder());
                    counter.increment();
                    report.pages++;
                    if (counter.sum() > report.busiestViews) {
                        report.busiestViews = counter.sum();
                        report.busiest = page;
                    }
                }
                finished.increment();
            }, "crawler-" + c).start();
        }
        while (finished.sum() < reports.length) {
            Thread.onSpinWait();
        }
        int pages = 0;
        for (CrawlerReport report : reports) {
            pages += report.pages;
            if (report.busiest == null) {
                throw new IllegalStateException("no busiest page");
            }
        }
        long total = views.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.println(pages + " hits, " + total + " counted, " + views.size() + " pages");
    }
}
