package example.racehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Twin of {@code RunAsyncStatusNoJoin}: the caller joins the export's future before it reads the status. Correct: no finding. */
// weft: expect none
public final class RunAsyncStatusJoined {

    static final class Export {
        String status = "queued";
    }

    public static void main(String[] args) {
        Export export = new Export();
        ExecutorService exporter = Executors.newSingleThreadExecutor(task -> new Thread(task, "exporter"));
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> export.status = "written", exporter);
        done.join();
        System.out.println("status " + export.status);
        exporter.shutdown();
    }
}
