package example.racehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An export runs with {@code CompletableFuture.runAsync} on an exporter; the caller reads its status without joining it. */
// weft: expect race example.racehunt.RunAsyncStatusNoJoin$Export.status threads=main,exporter
public final class RunAsyncStatusNoJoin {

    static final class Export {
        String status = "queued";
    }

    public static void main(String[] args) throws InterruptedException {
        Export export = new Export();
        ExecutorService exporter = Executors.newSingleThreadExecutor(task -> new Thread(task, "exporter"));
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> export.status = "written", exporter); // weft: race
        Thread.sleep(50);
        System.out.println("status " + export.status); // weft: race
        done.join();
        exporter.shutdown();
    }
}
