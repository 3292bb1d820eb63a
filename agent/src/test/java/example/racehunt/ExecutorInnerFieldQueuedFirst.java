package example.racehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The twin of {@link ExecutorInnerFieldNoGet}: main marks the report as queued before it submits the task, which the submission orders before the task. */
// weft: expect none
public final class ExecutorInnerFieldQueuedFirst {

    final class Report {
        String status = "new";
        final int rows;

        Report(int rows) {
            this.rows = rows;
        }
    }

    void export() throws InterruptedException {
        ExecutorService exporter = Executors.newSingleThreadExecutor(task -> new Thread(task, "exporter"));
        Report report = new Report(40);
        report.status = "queued";
        exporter.submit(() -> {
            long checksum = 0;
            for (int row = 0; row < report.rows; row++) {
                checksum += row * 31L;
            }
            report.status = "exported " + checksum;
        });
        exporter.shutdown();
        exporter.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        new ExecutorInnerFieldQueuedFirst().export();
    }
}
