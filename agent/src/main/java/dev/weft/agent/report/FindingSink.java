package dev.weft.agent.report;

import dev.weft.report.Finding;
import dev.weft.report.Report;
import dev.weft.report.ReportFormat;
import dev.weft.report.TestAttribution;
import dev.weft.report.suppress.Suppressions;
import dev.weft.report.json.ReportFiles;
import dev.weft.report.text.TextRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where the live detectors hand their findings: each new finding is printed on stderr and the JSON
 * report is rewritten at once (atomically), so the report is on disk even if the JVM dies next. At exit
 * the report is written a last time, and {@code failOn} decides the exit status. The other formats asked for
 * (SARIF, HTML, ...) are rewritten beside the JSON report each time, after it.
 *
 * <p>Findings that a suppression matches are dropped silently; those that matched nothing are listed at
 * exit. In a test run, an {@link Attributor} says which test each finding was made in: such a finding
 * fails its test, so {@code failOn}'s exit status counts only the findings made outside any test.
 */
public final class FindingSink {

    private final String version;
    private final Path reportFile;
    private final Set<ReportFormat> formats;
    private final boolean haltOnDeadlock;
    private final Set<String> failOn;
    private final PrintStream err;
    private final TextRenderer text = new TextRenderer();
    private final Map<String, Finding> findings = new LinkedHashMap<>(); // guarded by this
    private boolean reportBroken; // guarded by this
    private final Set<ReportFormat> brokenFormats = EnumSet.noneOf(ReportFormat.class); // guarded by this
    private final List<Runnable> beforeHalt = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, TestAttribution> tests = new LinkedHashMap<>(); // guarded by this
    private volatile Suppressions suppressions;
    private volatile Attributor attributor;
    private volatile UnaryOperator<Report> about = UnaryOperator.identity();
    private final List<String> notes = new ArrayList<>(); // guarded by this

    /**
     * @param version        weft's version, for the report
     * @param reportFile     the JSON report to keep up to date, or {@code null}
     * @param haltOnDeadlock exit with {@code status} as soon as a deadlock is reported
     * @param failOn         kinds that make the JVM exit with {@code status} at the end
     * @param err            where the text report goes
     */
    public FindingSink(String version, Path reportFile, boolean haltOnDeadlock, Set<String> failOn, PrintStream err) {
        this(version, reportFile, Set.of(ReportFormat.JSON), haltOnDeadlock, failOn, err);
    }

    /**
     * @param version        weft's version, for the report
     * @param reportFile     the JSON report to keep up to date, or {@code null}
     * @param formats        the formats to write, each beside the JSON report and at the same moments
     *                       ({@link ReportFormat#besides}); JSON is always written
     * @param haltOnDeadlock exit with {@code status} as soon as a deadlock is reported
     * @param failOn         kinds that make the JVM exit with {@code status} at the end
     * @param err            where the text report goes
     */
    public FindingSink(String version, Path reportFile, Set<ReportFormat> formats, boolean haltOnDeadlock, Set<String> failOn,
                       PrintStream err) {
        this.version = version;
        this.reportFile = reportFile;
        this.formats = Set.copyOf(formats);
        this.haltOnDeadlock = haltOnDeadlock;
        this.failOn = failOn;
        this.err = err;
    }

    /** From now on, drops the findings these suppressions match, and lists the unused ones at exit. */
    public void suppressWith(Suppressions fileSuppressions) {
        suppressions = fileSuppressions;
    }

    /** From now on, asks {@code testAttributor} which test each new finding was made in. */
    public void attributeWith(Attributor testAttributor) {
        attributor = testAttributor;
    }

    /**
     * Records a finding (once per id) unless a suppression matches it, prints it, writes the report, and
     * halts if the options say so.
     */
    public void accept(Finding finding) {
        Suppressions known = suppressions;
        if (known != null && known.match(finding) != null) {
            return;
        }
        synchronized (this) {
            if (findings.putIfAbsent(finding.id(), finding) != null) {
                return;
            }
            err.print(text.render(finding));
            Attributor tests = attributor;
            TestAttribution test = tests == null ? null : tests.attribute(finding);
            if (test != null) {
                this.tests.put(finding.id(), test);
                err.println("weft: the finding above (" + finding.id() + ") was made " + test.describe());
            }
            err.flush();
            writeReport();
        }
        if (haltOnDeadlock && "deadlock".equals(finding.kind())) {
            err.println("weft: halting the JVM after a deadlock (onDeadlock=halt), exit status " + exitStatus());
            err.flush();
            halt();
        }
    }

    /**
     * Says {@code note} about the analysis itself (a part that stopped, a limit hit): one line on stderr,
     * and in the report's {@code notes} from now on; a note said before is not said again.
     */
    public synchronized void note(String note) {
        if (notes.contains(note)) {
            return;
        }
        notes.add(note);
        err.println("weft: " + note);
        err.flush();
        writeReport();
    }

    /** At JVM exit: the last report, and exit status 66 when a {@code failOn} kind was found. */
    public void atExit() {
        boolean fail;
        synchronized (this) {
            writeReport();
            fail = findings.values().stream().anyMatch(f -> failOn.contains(f.kind()) && inNoTest(f));
            Suppressions known = suppressions;
            if (known != null && !known.unmatched().isEmpty()) {
                err.println("weft: suppressions that matched nothing in this run: " + String.join(" ", known.unmatched()));
            }
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
     * never taken, so it is not warmed up.
     */
    public void warmUp(Finding example) throws IOException {
        text.render(example);
        if (reportFile == null) {
            return;
        }
        Path scratch = java.nio.file.Files.createTempFile("weft-warm-up", ".json");
        try {
            Report report = Report.of(version).withFindings(List.of(example));
            ReportFiles.writeAtomically(report, scratch);
            formats.forEach(format -> format.render(report));
        } finally {
            java.nio.file.Files.deleteIfExists(scratch);
        }
    }

    /**
     * Adds what {@code about} says about the run to every report written from now on (a controlled run's
     * schedule and timeline). It is called with this sink's lock held.
     */
    public void describeRunWith(UnaryOperator<Report> about) {
        this.about = about;
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

    /** True for a finding no test was failed for. */
    private boolean inNoTest(Finding finding) {
        TestAttribution test = tests.get(finding.id());
        return test == null || test.test() == null;
    }

    private static int exitStatus() {
        return 66;
    }

    /** Each format but JSON beside the JSON report; one that fails is given up with one line, the others go on. */
    private void writeFormats(Report report) {
        for (ReportFormat format : formats) {
            if (format == ReportFormat.JSON || brokenFormats.contains(format)) {
                continue;
            }
            Path file = format.besides(reportFile);
            try {
                ReportFiles.writeAtomically(format.render(report), file);
            } catch (IOException | RuntimeException e) {
                brokenFormats.add(format);
                err.println("weft: cannot write the " + format.label() + " report " + file + ": " + e);
            }
        }
    }

    private void writeReport() {
        if (reportFile == null || reportBroken) {
            return;
        }
        // the finding may come from an interrupted application thread, and an interrupt closes NIO channels
        boolean interrupted = Thread.interrupted();
        try {
            Suppressions known = suppressions;
            Report report = about.apply(Report.of(version).withFindings(findings.values()).withTests(tests)
                    .withUnmatchedSuppressions(known == null ? null : known.unmatched()).withNotes(notes));
            ReportFiles.writeAtomically(report, reportFile);
            writeFormats(report);
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
