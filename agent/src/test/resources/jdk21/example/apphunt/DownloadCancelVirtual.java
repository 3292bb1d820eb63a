package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A download manager cancels its downloads, each a virtual thread that fetches chunks and sleeps between them: the
 * manager writes the reason into the download's record, then interrupts its thread; the download reads the reason in
 * its {@code InterruptedException} handler (or when it finds the interrupt set with {@code isInterrupted()}), records
 * how far it got and ends. The manager reads the records after {@code join()}.
 */
// weft: expect none
public final class DownloadCancelVirtual {

    static final class Download {
        final String url;
        String cancelReason;
        int chunks;
        String outcome;

        Download(String url) {
            this.url = url;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<Download> downloads = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            Download download = new Download("https://mirror.example.org/file-" + d);
            downloads.add(download);
            threads.add(Thread.ofVirtual().name("download-" + d).start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        download.chunks++;
                        Thread.sleep(1);
                    }
                    download.outcome = "stopped: " + download.cancelReason;
                } catch (InterruptedException e) {
                    download.outcome = "cancelled: " + download.cancelReason;
                }
            }));
        }
        for (int d = 0; d < downloads.size(); d++) {
            downloads.get(d).cancelReason = d % 2 == 0 ? "user pressed stop" : "disk full";
            threads.get(d).interrupt();
        }
        int chunks = 0;
        for (int d = 0; d < downloads.size(); d++) {
            threads.get(d).join();
            Download download = downloads.get(d);
            if (download.outcome == null || !download.outcome.endsWith(download.cancelReason)) {
                throw new IllegalStateException(download.url + ": " + download.outcome);
            }
            chunks += download.chunks;
        }
        System.out.println(downloads.size() + " downloads cancelled after " + (chunks >= 0) + " chunks");
    }
}
