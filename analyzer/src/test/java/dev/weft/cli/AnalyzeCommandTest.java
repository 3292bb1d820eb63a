package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.analysis.waitfor.Resource;
import dev.weft.report.Report;
import dev.weft.report.json.ReportFiles;
import dev.weft.trace.FieldWritten;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.LockRequested;
import dev.weft.trace.Site;
import dev.weft.trace.ThreadStarted;
import dev.weft.trace.io.TraceWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int weft(String... args) {
        CommandLine cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** Main starts two tellers; each takes A and B in opposite orders (no deadlock this time) and both write a plain field. */
    private Path inversionAndRaceTrace() throws Exception {
        Path file = dir.resolve("run.weft");
        try (TraceWriter trace = TraceWriter.to(file)) {
            trace.site(1, new Site("com.example.Bank", "transfer", "Bank.java", 30))
                    .site(2, new Site("com.example.Bank", "transfer", "Bank.java", 31))
                    .site(3, new Site("com.example.Bank", "audit", "Bank.java", 40))
                    .thread(1, "main").thread(2, "teller-1").thread(3, "teller-2")
                    .lock(new Resource(10, Resource.Kind.MONITOR, "com.example.Account", 0xa))
                    .lock(new Resource(11, Resource.Kind.MONITOR, "com.example.Account", 0xb))
                    .field(7, "com.example.Bank.audits");
            trace.event(new ThreadStarted(1, 2)).event(new ThreadStarted(1, 3));
            for (long[] order : new long[][] {{2, 10, 11}, {3, 11, 10}}) {
                long tid = order[0];
                trace.event(new LockRequested(tid, order[1], 1, false, false)).event(new LockAcquired(tid, order[1], 1, false))
                        .event(new LockRequested(tid, order[2], 2, false, false)).event(new LockAcquired(tid, order[2], 2, false))
                        .event(new LockReleased(tid, order[2], 2, false)).event(new LockReleased(tid, order[1], 1, false))
                        .event(new FieldWritten(tid, 500, 7, 3));
            }
        }
        return file;
    }

    @Test
    void analyzePrintsThePotentialDeadlockAndTheRaceOfATraceAndWritesTheJsonReport() throws Exception {
        Path json = dir.resolve("report.json");
        assertEquals(0, weft("analyze", inversionAndRaceTrace().toString(), "--json", json.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("WARNING: weft: lock-order inversion (potential deadlock)"), text);
        assertTrue(text.contains("WARNING: weft: data race on com.example.Bank.audits"), text);
        assertTrue(text.contains("weft: reported 2 findings"), text);
        Report report = ReportFiles.read(json);
        assertEquals(2, report.findings().size());
    }

    @Test
    void suppressionsSilenceMatchingFindingsAndTheUnmatchedAreListed() throws Exception {
        Path json = dir.resolve("report.json");
        Path file = dir.resolve("weft.supp");
        Files.writeString(file, "race:com.example.Bank.audits\ndeadlock:com.example.Ledger.*\n");

        assertEquals(0, weft("analyze", inversionAndRaceTrace().toString(), "--suppressions", file.toString(),
                "--fail-on", "race", "--json", json.toString()), err.toString());

        Report report = ReportFiles.read(json);
        assertEquals(java.util.List.of("lock-order"), report.findings().stream().map(f -> f.kind()).toList());
        assertEquals(java.util.List.of("deadlock:com.example.Ledger.*"), report.unmatchedSuppressions());
        assertTrue(err.toString().contains("weft: suppressions that matched nothing: deadlock:com.example.Ledger.*"), err.toString());
    }

    @Test
    void aBadSuppressionsFileIsBadUsageNamingTheLine() throws Exception {
        Path file = dir.resolve("weft.supp");
        Files.writeString(file, "# ok\nrace = com.example.Bank.audits\n");

        assertEquals(2, weft("analyze", inversionAndRaceTrace().toString(), "--suppressions", file.toString()));
        assertTrue(err.toString().contains("suppressions file weft.supp line 2: 'race = com.example.Bank.audits' is not kind:pattern"), err.toString());
    }

    @Test
    void failOnMakesFindingsOfThatKindExitWith66() throws Exception {
        assertEquals(66, weft("analyze", inversionAndRaceTrace().toString(), "--fail-on", "race"));
        assertEquals(0, weft("analyze", inversionAndRaceTrace().toString(), "--detect", "deadlock", "--fail-on", "race"));
    }

    @Test
    void aMissingTraceIsOneLineAndStatus2() {
        assertEquals(2, weft("analyze", dir.resolve("missing.weft").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("weft: no such trace file: "), err.toString());
    }

    @Test
    void aDamagedTraceIsOneLineNamingTheOffsetAndStatus2() throws Exception {
        Path file = inversionAndRaceTrace();
        byte[] bytes = Files.readAllBytes(file);
        bytes[9] = (byte) 0x7f; // the first record's tag, right after the 8-byte magic and the version
        Files.write(file, bytes);
        assertEquals(2, weft("analyze", file.toString()));
        assertTrue(err.toString().startsWith("weft: cannot read the trace " + file + ": unknown record type 127"), err.toString());
        assertTrue(err.toString().strip().endsWith("at byte 9 (see: weft analyze --help)"), err.toString());
    }

    @Test
    void aBadKindNamesTheValidOnes() throws Exception {
        assertEquals(2, weft("analyze", inversionAndRaceTrace().toString(), "--detect", "races"));
        assertEquals("weft: bad value for --detect: 'races' (valid: deadlock, lock-order, race) (see: weft analyze --help)",
                err.toString().strip());
    }
}
