package dev.weft.agent.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.RaceFinding;
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
}
