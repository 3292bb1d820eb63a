package example.collections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Twin of {@code FilesWriteSharedLines}: the collector adds and the exporter writes the lines with {@code Files.write},
 * and a report builder with {@code Files.writeString}, each under the lines' lock. Correct: no finding.
 */
// weft: expect none
public final class FilesWriteLinesLocked {

    static final List<String> LINES = new ArrayList<>(List.of("header"));
    static final StringBuilder REPORT = new StringBuilder("report");

    public static void main(String[] args) throws Exception {
        Path out = Files.createTempFile("lines", ".txt");
        Threads.runAll(new String[] {"collector", "exporter"},
                () -> {
                    synchronized (LINES) {
                        LINES.add("row");
                        REPORT.append(" row");
                    }
                },
                () -> {
                    try {
                        synchronized (LINES) {
                            Files.write(out, LINES);
                            Files.writeString(out, REPORT);
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Files.delete(out);
    }
}
