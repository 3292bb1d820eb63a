package dev.weft.agent.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.Report;
import dev.weft.report.TestAttribution;
import dev.weft.report.json.ReportFiles;
import dev.weft.report.suppress.Suppressions;
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

    private static RaceFinding race(String field) {
        Site site = new Site("com.example.A", "run", "A.java", 3);
        RaceFinding.Access access = new RaceFinding.Access("t", 1, "write", site, List.of(site), List.of());
        return RaceFinding.of(field, null, access, access);
    }

    @Test
    void aNoteIsOneLineOnStderrAndStaysInTheReportBesideLaterFindings() throws Exception {
        Path report = dir.resolve("report.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FindingSink sink = new FindingSink("test", report, false, Set.of(), new PrintStream(err, true));

        sink.accept(race("com.example.A.f"));
        sink.note("race detection stopped: too many threads");
        sink.accept(race("com.example.A.g"));
        sink.atExit();

        Report written = ReportFiles.read(report);
        assertEquals(List.of("race detection stopped: too many threads"), written.notes());
        assertEquals(2, written.findings().size());
        assertTrue(err.toString().contains("weft: race detection stopped: too many threads\n"), err.toString());
    }

    @Test
    void dropsSuppressedFindingsAndListsTheSuppressionsThatMatchedNothingAtExit() throws Exception {
        Path report = dir.resolve("report.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FindingSink sink = new FindingSink("test", report, false, Set.of(), new PrintStream(err, true));
        sink.suppressWith(Suppressions.parse(List.of("race:com.example.A.f", "deadlock:com.example.Bank.*"), "weft.supp"));

        sink.accept(race("com.example.A.f"));
        sink.accept(race("com.example.A.g"));
        sink.atExit();

        Report written = ReportFiles.read(report);
        assertEquals(List.of("com.example.A.g"), written.findings().stream().map(f -> ((RaceFinding) f).field()).toList());
        assertEquals(List.of("deadlock:com.example.Bank.*"), written.unmatchedSuppressions());
        assertFalse(err.toString().contains("com.example.A.f"), "a suppressed finding is not shown");
        assertTrue(err.toString().contains("weft: suppressions that matched nothing in this run: deadlock:com.example.Bank.*"), err.toString());
    }

    @Test
    void recordsAndShowsTheTestEachFindingWasMadeIn() throws Exception {
        Path report = dir.resolve("report.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FindingSink sink = new FindingSink("test", report, false, Set.of("race"), new PrintStream(err, true));
        TestAttribution.TestId test = new TestAttribution.TestId("com.example.ATest", "runs", "runs()", "[engine:junit-jupiter]/[method:runs()]");
        sink.attributeWith(finding -> TestAttribution.in(test));

        RaceFinding finding = race("com.example.A.f");
        sink.accept(finding);

        assertEquals(TestAttribution.in(test), ReportFiles.read(report).testOf(finding));
        assertTrue(err.toString().contains("was made in test com.example.ATest.runs()"), err.toString());
        sink.atExit(); // a race of a test failed that test: failOn does not also end the JVM with 66
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
