package dev.weft.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.report.Report;
import dev.weft.report.ReportExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void writesAReportThatReadsBackAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("report.json");

        ReportFiles.writeAtomically(Report.of("1"), file);
        ReportFiles.writeAtomically(ReportExamples.report(), file);

        assertEquals(ReportExamples.report(), ReportFiles.read(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aReaderSeesTheOldReportOrTheNewOneNeverPartOfOne() throws Exception {
        Path file = dir.resolve("report.json");
        Report small = Report.of("1");
        Report large = ReportExamples.report();
        ReportFiles.writeAtomically(small, file);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Report> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                do {
                    seen.add(ReportFiles.read(file));
                } while (writing.get());
            } catch (IOException e) {
                seen.add(null);
            }
        });
        reader.start();
        for (int i = 0; i < 200; i++) {
            ReportFiles.writeAtomically(i % 2 == 0 ? large : small, file);
        }
        writing.set(false);
        reader.join();

        assertEquals(List.of(), seen.stream().filter(r -> !small.equals(r) && !large.equals(r)).toList());
        assertEquals(List.of(file), files());
    }
}
