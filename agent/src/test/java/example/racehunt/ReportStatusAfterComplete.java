package example.racehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A renderer completes the future of a report and only then marks the report rendered; the caller of {@code get()} reads
 * the mark. {@code complete} publishes what was written before it, not the write after it.
 */
// weft: expect race example.racehunt.ReportStatusAfterComplete$Report.status threads=renderer,main
public final class ReportStatusAfterComplete {

    static final class Report {
        final String body;
        String status;

        Report(String body) {
            this.body = body;
        }
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        CompletableFuture<Report> rendered = new CompletableFuture<>();
        Thread renderer = new Thread(() -> {
            Report report = new Report("<h1>Q3</h1>");
            rendered.complete(report);
            report.status = "rendered"; // weft: race
        }, "renderer");
        renderer.start();
        String status = rendered.get().status; // weft: race
        renderer.join();
        System.out.println("status seen: " + status);
    }
}
