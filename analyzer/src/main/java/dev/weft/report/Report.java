package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one run of weft found, and what it was run on: the one value every renderer draws from.
 * Findings are sorted (by kind, then id) and unique by id; every "with" method returns a new report.
 *
 * @param tool     always {@code weft}
 * @param version  weft's version
 * @param run      facts about the run, by name (e.g. {@code command}, {@code java.version}), sorted
 * @param findings what was found
 * @param notes    what the reader should know about the analysis itself, e.g. that a limit was hit
 * @param control  how a controlled run was scheduled; {@code null}, and absent from the JSON, otherwise
 * @param timeline a controlled run's last steps (at most {@link #TIMELINE_CAP}); {@code null} otherwise
 * @param timelineTruncated true when the timeline lost earlier steps to the cap; {@code null} otherwise
 * @param tests    in a test run, which test each finding (by id) was made in; the JSON puts it in the
 *                 finding itself, as {@code "test"} (and {@code "outsideTest"})
 * @param unmatchedSuppressions the suppressions that matched no finding of the run, as written in their
 *                 file; {@code null}, and absent from the JSON, when the run had no suppressions file
 */
public record Report(String tool, String version, SortedMap<String, String> run, List<Finding> findings,
                     List<String> notes, @JsonInclude(JsonInclude.Include.NON_NULL) ControlRun control,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Boolean timelineTruncated,
                     @JsonIgnore Map<String, TestAttribution> tests,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<String> unmatchedSuppressions) {

    /** The value of {@link #tool()}. */
    public static final String TOOL = "weft";

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::kind).thenComparing(Finding::id);

    /** The most steps a report's timeline keeps (the last ones). */
    public static final int TIMELINE_CAP = 10_000;

    @JsonCreator
    public Report {
        run = Collections.unmodifiableSortedMap(run == null ? new TreeMap<>() : new TreeMap<>(run));
        findings = sortedUnique(findings == null ? List.of() : findings);
        notes = notes == null ? List.of() : List.copyOf(notes);
        timeline = timeline == null ? null : List.copyOf(timeline);
        tests = tests == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tests));
        unmatchedSuppressions = unmatchedSuppressions == null ? null : List.copyOf(unmatchedSuppressions);
    }

    /** A report of a run that was neither controlled nor a test run, with no suppressions file. */
    public Report(String tool, String version, SortedMap<String, String> run, List<Finding> findings, List<String> notes) {
        this(tool, version, run, findings, notes, null, null, null, Map.of(), null);
    }

    /** An empty report of weft {@code version}. */
    public static Report of(String version) {
        return new Report(TOOL, version, new TreeMap<>(), List.of(), List.of());
    }

    /** This report plus {@code more} findings; a finding whose id is already here is left out. */
    public Report withFindings(Collection<? extends Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new Report(tool, version, run, all, notes, control, timeline, timelineTruncated, tests,
                unmatchedSuppressions);
    }

    /** This report with {@code finding} in place of the one with its id (unchanged when it has none). */
    public Report replacing(Finding finding) {
        List<Finding> all = findings.stream().map(f -> f.id().equals(finding.id()) ? finding : f).toList();
        return new Report(tool, version, run, all, notes, control, timeline, timelineTruncated, tests,
                unmatchedSuppressions);
    }

    /** This report with the test each finding (by id) was made in, replacing those it had. */
    public Report withTests(Map<String, TestAttribution> attributions) {
        return new Report(tool, version, run, findings, notes, control, timeline, timelineTruncated, attributions,
                unmatchedSuppressions);
    }

    /** This report with the suppressions that matched nothing (an empty list: all matched). */
    public Report withUnmatchedSuppressions(List<String> unmatched) {
        return new Report(tool, version, run, findings, notes, control, timeline, timelineTruncated, tests, unmatched);
    }

    /** The test {@code finding} was made in, or {@code null} when the run was no test run. */
    public TestAttribution testOf(Finding finding) {
        return tests.get(finding.id());
    }

    /** This report with one more fact about the run (replacing one of the same name). */
    public Report withRun(String name, String value) {
        SortedMap<String, String> facts = new TreeMap<>(run);
        facts.put(name, value);
        return new Report(tool, version, facts, findings, notes, control, timeline, timelineTruncated, tests,
                unmatchedSuppressions);
    }

    /** This report plus {@code more} notes, except those it already has. */
    public Report withNotes(Collection<String> more) {
        List<String> all = new ArrayList<>(notes);
        more.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return new Report(tool, version, run, findings, all, control, timeline, timelineTruncated, tests,
                unmatchedSuppressions);
    }

    /**
     * This report of a controlled run: how it was scheduled, and its last steps ({@code truncated} when
     * earlier ones were dropped).
     */
    public Report withControl(ControlRun how, List<TimelineEntry> steps, boolean truncated) {
        return new Report(tool, version, run, findings, notes, how, steps, truncated, tests, unmatchedSuppressions);
    }

    private static List<Finding> sortedUnique(List<Finding> findings) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.putIfAbsent(f.id(), f));
        return byId.values().stream().sorted(ORDER).toList();
    }
}
