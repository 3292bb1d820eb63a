package dev.weft.agent.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.RaceFinding;
import dev.weft.report.ReportFormat;
import dev.weft.trace.Site;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingSinkTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReportFromAnInterruptedThreadAndLeavesItInterrupted() throws Exception {
        Path report = dir.resolve("report.json");
        FindingSink sink = new FindingSink("test", report, false, Set.of(), new PrintStream(new ByteArrayOutputStream()));
        Site site = new Site("com.example.A", "run", "A.java", 3);
        RaceFinding.Access access = new RaceFinding.Access("t", 1, "write", site, List.of(site), List.of());
        Thread.currentThread().interrupt();
        try {
            sink.accept(RaceFinding.of("com.example.A.f", null, access, access));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is the application's: kept");
        } finally {
            Thread.interrupted();
        }
        assertTrue(Files.readString(report).contains("com.example.A.f"));
    }

    @Test
    void writesEachFormatBesideTheJsonReportWhenItWritesTheReport() throws Exception {
        Path report = dir.resolve("weft.json");
        FindingSink sink = new FindingSink("test", report, Set.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.HTML,
                ReportFormat.JUNIT, ReportFormat.TEXT), false, Set.of(), new PrintStream(new ByteArrayOutputStream()));
        Site site = new Site("com.example.A", "run", "A.java", 3);
        RaceFinding.Access access = new RaceFinding.Access("<b>t</b>", 1, "write", site, List.of(site), List.of());
        sink.accept(RaceFinding.of("com.example.A.f", null, access, access));
        assertTrue(Files.readString(dir.resolve("weft.sarif")).contains("\"ruleId\" : \"race\""));
        assertTrue(Files.readString(dir.resolve("weft.html")).contains("&lt;b&gt;t&lt;/b&gt;"));
        assertTrue(Files.readString(dir.resolve("weft.junit.xml")).contains("<testsuite"));
        assertTrue(Files.readString(dir.resolve("weft.txt")).contains("WARNING: weft: data race on com.example.A.f"));
        try (var files = Files.list(dir)) {
            assertEquals(5, files.count(), "the five reports, no temporary file left");
        }
    }
}
