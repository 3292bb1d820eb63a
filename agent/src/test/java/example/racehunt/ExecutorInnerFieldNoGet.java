package example.racehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A report exporter submits the export of a report to a background executor and, without waiting for the task's
 * future, marks the report as queued in the same field the task sets when it is done: the inner class's field is
 * written by the lambda in the executor's thread and by main after {@code submit}, unordered.
 */
// weft: expect race example.racehunt.ExecutorInnerFieldNoGet$Report.status threads=main,exporter
public final class ExecutorInnerFieldNoGet {

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
        exporter.submit(() -> {
            long checksum = 0;
            for (int row = 0; row < report.rows; row++) {
                checksum += row * 31L;
            }
            report.status = "exported " + checksum; // weft: race
        });
        report.status = "queued"; // weft: race
        exporter.shutdown();
        exporter.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        new ExecutorInnerFieldNoGet().export();
    }
}
