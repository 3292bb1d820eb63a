package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one run of a sample under the agent gave.
 *
 * @param sample     the sample
 * @param exitStatus the child JVM's exit status ({@code -1} when it was killed at the timeout)
 * @param timedOut   true when it did not end in time
 * @param report     the JSON report weft wrote, or {@code null} when there is none
 * @param stdout     the file holding the child's standard output
 * @param stderr     the file holding the child's standard error (weft's text report goes there)
 * @param elapsed    wall time of the run
 */
public record SampleRun(SampleInfo sample, int exitStatus, boolean timedOut, JsonNode report, Path stdout,
                        Path stderr, Duration elapsed) {

    /** The findings of the report (empty when there is no report). */
    public List<JsonNode> findings() {
        List<JsonNode> findings = new ArrayList<>();
        if (report != null) {
            report.path("findings").forEach(findings::add);
        }
        return findings;
    }

    private boolean stderrIsEmpty() {
        try {
            return Files.size(stderr) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The names of the threads a finding names (its threads, or the threads of its accesses or edges). */
    public static List<String> threadNames(JsonNode finding) {
        return FindingSummary.threadNames(finding);
    }

    /**
     * Why the run is not what the sample expects, or {@code null} when it is: a deadlock sample must end
     * with exactly one deadlock (and status 66, halted); a lock-order sample with exactly one potential
     * deadlock and status 0 (it must not have deadlocked, and a potential deadlock alone does not fail the
     * run); a race sample with races on its field only (one racy field can race at more than one pair of
     * lines); a starvation sample with status 0 (weft preempts the spinning thread once it has reported it);
     * together the findings must name exactly the sample's threads. A correct sample ends with no
     * finding, status 0, and nothing on stderr.
     */
    public String mismatch() {
        if (timedOut) {
            return "did not finish within the timeout";
        }
        if (report == null) {
            return "no report was written (exit status " + exitStatus + ")";
        }
        List<JsonNode> findings = findings();
        if (!sample.expectsFinding()) {
            if (!findings.isEmpty()) {
                return "expected no finding, weft reported " + findings.size();
            }
            if (exitStatus != 0) {
                return "exit status " + exitStatus + ", expected 0";
            }
            return stderrIsEmpty() ? null : "the program wrote to stderr under weft (a correct program must run as without it)";
        }
        if (findings.isEmpty()) {
            return "expected a " + sample.expect() + ", weft reported nothing";
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode finding : findings) {
            String kind = finding.path("kind").asText();
            if (!sample.expect().equals(kind)) {
                return "expected only " + sample.expect() + " findings, weft reported a " + kind;
            }
            if ("race".equals(kind) && !sample.field().equals(finding.path("field").asText())) {
                return "expected races on " + sample.field() + ", weft reported one on " + finding.path("field").asText();
            }
            names.addAll(threadNames(finding));
        }
        if ("deadlock".equals(sample.expect())) {
            if (findings.size() != 1) {
                return "expected one deadlock, weft reported " + findings.size();
            }
            if (exitStatus != 66) {
                return "exit status " + exitStatus + ", expected 66 (onDeadlock=halt)";
            }
        }
        if ("starvation".equals(sample.expect()) && exitStatus != 0) {
            return "exit status " + exitStatus + ", expected 0 (weft lets the starved threads run once it has reported)";
        }
        if ("lock-order".equals(sample.expect())) {
            if (findings.size() != 1) {
                return "expected one lock-order inversion, weft reported " + findings.size();
            }
            if (exitStatus != 0) {
                return "exit status " + exitStatus + ", expected 0 (a lock-order sample must not deadlock)";
            }
        }
        if (!names.equals(new LinkedHashSet<>(sample.threads()))) {
            return "expected threads " + sample.threads() + ", the findings name " + names;
        }
        return null;
    }
}
