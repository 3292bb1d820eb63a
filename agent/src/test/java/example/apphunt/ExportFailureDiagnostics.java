package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A report exporter's tasks fail with an exception of the application's that carries mutable diagnostics (the rows
 * written so far, the failing row) filled in by the task before it throws: the exporter reads them from the
 * {@code ExecutionException} that {@code Future.get()} throws, and from the exception that a {@code handle} stage
 * and a {@code whenComplete} stage of a {@code CompletableFuture} receive, along with the partial file the task wrote.
 */
// weft: expect none
public final class ExportFailureDiagnostics {

    static final class ExportFailed extends RuntimeException {
        int rowsWritten;
        String failingRow;
        final List<String> hints = new ArrayList<>();

        ExportFailed(String message) {
            super(message);
        }
    }

    static final class PartialFile {
        final StringBuilder content = new StringBuilder();
        boolean truncated;
    }

    static String export(PartialFile file, int rows, int failAt) {
        for (int row = 0; row < rows; row++) {
            if (row == failAt) {
                file.truncated = true;
                ExportFailed failure = new ExportFailed("row " + row + " is malformed");
                failure.rowsWritten = row;
                failure.failingRow = "row-" + row;
                failure.hints.add("check the encoding of " + failure.failingRow);
                throw failure;
            }
            file.content.append("row-").append(row).append('\n');
        }
        return file.content.toString();
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreads("export"));
        List<String> diagnostics = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PartialFile file = new PartialFile();
            int failAt = 5 + i;
            Future<String> done = pool.submit(() -> export(file, 20, failAt));
            try {
                done.get();
            } catch (ExecutionException e) {
                ExportFailed failure = (ExportFailed) e.getCause();
                diagnostics.add(failure.failingRow + " after " + failure.rowsWritten + " rows, " + failure.hints
                        + ", " + file.content.length() + " chars, truncated " + file.truncated);
            }
        }
        List<CompletableFuture<String>> stages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PartialFile file = new PartialFile();
            int failAt = i % 2 == 0 ? 100 : 3 + i;
            stages.add(CompletableFuture.supplyAsync(() -> export(file, 10, failAt), pool)
                    .whenComplete((content, failure) -> {
                        if (failure != null) {
                            ((ExportFailed) failure.getCause()).hints.add("seen by the audit");
                        }
                    })
                    .handle((content, failure) -> {
                        if (failure == null) {
                            return content.length() + " chars";
                        }
                        ExportFailed cause = (ExportFailed) failure.getCause();
                        return cause.failingRow + " " + cause.hints + " " + file.content.length() + " " + file.truncated;
                    }));
        }
        for (CompletableFuture<String> stage : stages) {
            diagnostics.add(stage.join());
        }
        pool.shutdown();
        System.out.println(diagnostics.size() + " diagnostics: " + diagnostics.get(0));
    }
}
