package dev.weft.agent.report;

import dev.weft.report.Finding;
import dev.weft.report.Report;
import dev.weft.report.json.ReportFiles;
import dev.weft.report.text.TextRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the live detectors hand their findings: each new finding is printed on stderr and the JSON
 * report is rewritten at once (atomically), so the report is on disk even if the JVM dies next. At exit
 * the report is written a last time, and {@code failOn} decides the exit status.
 */
public final class FindingSink {

    private final String version;
    private final Path reportFile;
    private final boolean haltOnDeadlock;
    private final Set<String> failOn;
    private final PrintStream err;
    private final TextRenderer text = new TextRenderer();
    private final Map<String, Finding> findings = new LinkedHashMap<>(); // guarded by this
    private boolean reportBroken; // guarded by this
    private final List<Runnable> beforeHalt = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param version        weft's version, for the report
     * @param reportFile     the JSON report to keep up to date, or {@code null}
     * @param haltOnDeadlock exit with {@code status} as soon as a deadlock is reported
     * @param failOn         kinds that make the JVM exit with {@code status} at the end
     * @param err            where the text report goes
     */
    public FindingSink(String version, Path reportFile, boolean haltOnDeadlock, Set<String> failOn, PrintStream err) {
        this.version = version;
        this.reportFile = reportFile;
        this.haltOnDeadlock = haltOnDeadlock;
        this.failOn = failOn;
        this.err = err;
    }

    /** Records a finding (once per id), prints it, writes the report, and halts if the options say so. */
    public void accept(Finding finding) {
        synchronized (this) {
            if (findings.putIfAbsent(finding.id(), finding) != null) {
                return;
            }
            err.print(text.render(finding));
            err.flush();
            writeReport();
        }
        if (haltOnDeadlock && "deadlock".equals(finding.kind())) {
            err.println("weft: halting the JVM after a deadlock (onDeadlock=halt), exit status " + exitStatus());
            err.flush();
            halt();
        }
    }

    /** At JVM exit: the last report, and exit status 66 when a {@code failOn} kind was found. */
    public void atExit() {
        boolean fail;
        synchronized (this) {
            writeReport();
            fail = findings.values().stream().anyMatch(f -> failOn.contains(f.kind()));
        }
        if (fail) {
            err.println("weft: findings of a failOn kind (" + String.join(", ", failOn) + "): exit status " + exitStatus());
            err.flush();
            halt();
        }
    }

    /**
     * Runs the reporting path once on {@code example} without showing or keeping anything, so that the
     * classes it needs (JSON, text) are loaded before the first real finding: a deadlock must be on
     * disk within a second of forming, even on a busy machine. Without a report file the JSON path is
     * never taken, so it is not warmed up (it is most of the warm-up's cost: several hundred classes).
     */
    public void warmUp(Finding example) throws IOException {
        text.render(example);
        if (reportFile == null) {
            return;
        }
        Path scratch = java.nio.file.Files.createTempFile("weft-warm-up", ".json");
        try {
            ReportFiles.writeAtomically(Report.of(version).withFindings(List.of(example)), scratch);
        } finally {
            java.nio.file.Files.deleteIfExists(scratch);
        }
    }

    /** Runs {@code action} before this sink halts the JVM (a halt skips the shutdown hooks). */
    public void beforeHalt(Runnable action) {
        beforeHalt.add(action);
    }

    private void halt() {
        for (Runnable action : beforeHalt) {
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                err.println("weft: internal error before halting: " + e);
            }
        }
        Runtime.getRuntime().halt(exitStatus());
    }

    /** The findings so far, in the order they were made. */
    public synchronized List<Finding> findings() {
        return new ArrayList<>(findings.values());
    }

    private static int exitStatus() {
        return 66;
    }

    private void writeReport() {
        if (reportFile == null || reportBroken) {
            return;
        }
        // the finding may come from an interrupted application thread, and an interrupt closes NIO channels
        boolean interrupted = Thread.interrupted();
        try {
            ReportFiles.writeAtomically(Report.of(version).withFindings(findings.values()), reportFile);
        } catch (IOException | RuntimeException e) {
            reportBroken = true;
            err.println("weft: cannot write the report " + reportFile + ": " + e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
