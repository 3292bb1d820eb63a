package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    /** The names of the threads a finding names: a deadlock's threads, or a race's two accesses' threads. */
    public static List<String> threadNames(JsonNode finding) {
        List<String> names = new ArrayList<>();
        finding.path("threads").forEach(thread -> names.add(thread.path("name").asText()));
        finding.path("accesses").forEach(access -> names.add(access.path("thread").asText()));
        return names;
    }

    /**
     * Why the run is not what the sample expects, or {@code null} when it is: a buggy sample must end
     * with exactly one finding of its kind, naming its threads (and, for a race, its field); a correct
     * one with none, status 0, and nothing on stderr.
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
        if (findings.size() != 1 || !sample.expect().equals(findings.get(0).path("kind").asText())) {
            return "expected one " + sample.expect() + ", weft reported " + findings.size() + " finding(s)";
        }
        if ("deadlock".equals(sample.expect()) && exitStatus != 66) {
            return "exit status " + exitStatus + ", expected 66 (onDeadlock=halt)";
        }
        if ("race".equals(sample.expect()) && !sample.field().equals(findings.get(0).path("field").asText())) {
            return "expected a race on " + sample.field() + ", weft reported one on " + findings.get(0).path("field").asText();
        }
        List<String> names = threadNames(findings.get(0));
        if (!names.containsAll(sample.threads()) || !sample.threads().containsAll(names)
                || names.size() != sample.threads().size()) {
            return "expected threads " + sample.threads() + ", the finding names " + names;
        }
        return null;
    }
}
