package dev.weft.cli.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.junit.TestMethodLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one run of a program under the agent gave: the process's fate and the JSON report it left.
 *
 * @param process the run of the child JVM
 * @param report  where the agent was asked to write its report
 * @param json    the report it wrote, or {@code null} when there is none (or it is not JSON)
 */
public record ControlledRun(WatchedRun process, Path report, JsonNode json) {

    /**
     * The kinds of finding that happened in the run itself (as opposed to {@code lock-order}, a prediction
     * about other schedules): what a search stops at and a replay reproduces.
     */
    public static final Set<String> HAPPENED = Set.of("deadlock", "race", "starvation");
    private static final String DIVERGED = "weft: replay diverged"; // " at step ..." or ": the program ended after ..."
    private static final String UNCAUGHT = "Exception in thread \"";
    private static final String NO_LONGER_MATCHES = "(the program no longer matches the schedule)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int AGENT_REFUSED = 2;

    /** The run {@code process}, with the report it left at {@code report} (if any). */
    public static ControlledRun of(WatchedRun process, Path report) {
        JsonNode json = null;
        if (Files.isRegularFile(report)) {
            try {
                json = JSON.readTree(report.toFile());
            } catch (IOException e) {
                json = null;
            }
        }
        return new ControlledRun(process, report, json);
    }

    /** The findings of the report (empty when there is none). */
    public List<JsonNode> findings() {
        List<JsonNode> findings = new ArrayList<>();
        if (json != null) {
            json.path("findings").forEach(findings::add);
        }
        return findings;
    }

    /**
     * The one-line error of a command that never ran the program, or {@code null}: the agent refused its options
     * (the JVM stopped before {@code main} with status 2), weft's test launcher found no such test ({@code --test}: status
     * 2, its one line naming the class's test methods), or the {@code java} launcher refused the command (no such main
     * class or jar, an unknown JVM option: status 1).
     */
    public String refusal() {
        if (process.exitStatus() == TestMethodLauncher.NO_TEST && !process.timedOut() && findings().isEmpty()) {
            String noTest = errorLines().stream().filter(line -> line.startsWith(TestMethodLauncher.NO_TEST_LINE)).findFirst().orElse(null);
            if (noTest != null) {
                return noTest;
            }
        }
        if (process.exitStatus() == AGENT_REFUSED && json == null && process.firstErrorLine().startsWith("weft")) {
            return process.firstErrorLine();
        }
        if (process.exitStatus() != 1 || process.timedOut() || !findings().isEmpty()) {
            return null;
        }
        List<String> lines = errorTail(20);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("Error: Could not find or load main class") || line.startsWith("Error: Unable to access jarfile")) {
                return "weft: the program did not start: " + line.substring("Error: ".length());
            }
            if (line.startsWith("Error: Could not create the Java Virtual Machine") && i > 0) {
                return "weft: the program did not start: " + lines.get(i - 1);
            }
        }
        return null;
    }

    /**
     * True when the program itself failed, with no finding: a non-zero exit status (e.g. an uncaught exception in
     * {@code main}), or a thread of it that died of an uncaught exception (see {@link #uncaughtException()}).
     */
    public boolean programFailed() {
        return !process.timedOut() && findings().isEmpty() && (process.exitStatus() != 0 || uncaughtException() != null);
    }

    /**
     * The first lines (up to {@code count}) of the first uncaught exception that ended a thread, as the JVM's
     * default handler printed it on standard error ({@code Exception in thread "NAME" ...} and its stack), or
     * {@code null} when no thread died so.
     */
    public List<String> uncaughtException(int count) {
        List<String> lines = errorLines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(UNCAUGHT)) {
                return lines.subList(i, Math.min(lines.size(), i + count));
            }
        }
        return null;
    }

    private String uncaughtException() {
        List<String> first = uncaughtException(1);
        return first == null ? null : first.get(0);
    }

    /** The findings of the report of the given kinds. */
    public List<JsonNode> findings(Set<String> kinds) {
        return findings().stream().filter(f -> kinds.contains(f.path("kind").asText())).toList();
    }

    /** True when a replayed run no longer matched its schedule ({@code "control": {"diverged": true}}). */
    public boolean diverged() {
        return json != null && json.path("control").path("diverged").asBoolean(false);
    }

    /**
     * Where a replayed run left its schedule, as the agent said it on standard error ({@code replay diverged at
     * step 3 (choice 0): expected ...}), or {@code null} when it did not say.
     */
    public String divergence() {
        try (var lines = Files.lines(process.stderr(), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith(DIVERGED)).findFirst()
                    .map(line -> line.substring("weft: ".length()).replace(" " + NO_LONGER_MATCHES, "")).orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** The last {@code count} lines of the program's standard error. */
    public List<String> errorTail(int count) {
        List<String> lines = errorLines();
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    private List<String> errorLines() {
        try {
            return new String(Files.readAllBytes(process.stderr()), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
