package example.racehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** The fixed {@link ReportStatusAfterComplete}: the renderer marks the report before it completes the future. */
// weft: expect none
public final class ReportStatusBeforeComplete {

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
            report.status = "rendered";
            rendered.complete(report);
        }, "renderer");
        renderer.start();
        String status = rendered.get().status;
        renderer.join();
        System.out.println("status seen: " + status);
    }
}
