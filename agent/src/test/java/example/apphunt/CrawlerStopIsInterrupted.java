package example.apphunt;

/**
 * A crawler that never blocks checks {@code isInterrupted()} between pages; the scheduler writes why it stops the
 * crawl (plain fields) and then calls {@code interrupt()}. When the crawler sees the flag it reads the reason, writes
 * its own final tally and ends; the scheduler reads the tally after {@code join}.
 */
// weft: expect none
public final class CrawlerStopIsInterrupted {

    static final class Crawl {
        String stopReason;
        long stopRequestedAt;
        int pages;
        String finalNote;
    }

    public static void main(String[] args) throws Exception {
        Crawl crawl = new Crawl();
        Thread crawler = new Thread(() -> {
            long checksum = 0;
            Thread me = Thread.currentThread();
            while (!me.isInterrupted()) {
                checksum += Integer.toHexString(crawl.pages * 31).hashCode();
                crawl.pages++;
                if (crawl.pages % 1_000 == 0) {
                    Thread.yield();
                }
            }
            crawl.finalNote = "stopped (" + crawl.stopReason + " at " + crawl.stopRequestedAt + ") after " + crawl.pages + " " + (checksum != 0);
        }, "crawler");
        crawler.start();
        Thread scheduler = new Thread(() -> {
            crawl.stopReason = "quota reached";
            crawl.stopRequestedAt = 42;
            crawler.interrupt();
        }, "scheduler");
        scheduler.start();
        scheduler.join();
        crawler.join();
        System.out.println(crawl.finalNote);
    }
}
