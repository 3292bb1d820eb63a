package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.cli.control.ControlledRun;
import dev.weft.report.json.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code weft confirm REPORT -- java ...}: tries to make each predicted problem of a report really happen.
 * For every unconfirmed {@code lock-order} or {@code race} finding it runs the program in controlled mode
 * steered toward that finding ({@code confirm=REPORT#id}), a few seeds each; when the deadlock (or race)
 * happens, the finding gets {@code "confirmed": true} and the schedule file that replays it, and REPORT is
 * rewritten atomically. Exit status 66 when at least one prediction was confirmed, 0 when none was.
 */
@Command(name = "confirm", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class, sortOptions = false,
        description = "Confirm predicted deadlocks and races by producing them: weft confirm weft.json -- java -cp app.jar Main",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no prediction was confirmed",
                "2:bad usage (no such report, not a weft JSON report, a bad agent option, a java command that cannot start the program)",
                "66:a prediction was confirmed (REPORT is rewritten with \"confirmed\": true)"})
final class ConfirmCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONFIRMABLE = List.of("lock-order", "race");
    private static final List<String> RESERVED = List.of("mode", "confirm", "replay", "schedule", "seed", "onDeadlock");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "A JSON report with lock-order or race findings (report=PATH).")
    private Path report;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5", description = "Controlled runs (seeds 1..N) per finding at most (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Mixin
    private ControlledRunOptions run;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The java command to run, after --.")
    private List<String> command;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (iterations < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bad value for --iterations: " + iterations + " (must be at least 1)");
        }
        ObjectNode tree = readReport();
        run.check(command, RESERVED);
        List<ObjectNode> candidates = new ArrayList<>();
        tree.path("findings").forEach(f -> {
            if (CONFIRMABLE.contains(f.path("kind").asText()) && !f.path("confirmed").asBoolean(false) && f instanceof ObjectNode o) {
                candidates.add(o);
            }
        });
        PrintWriter w = spec.commandLine().getOut();
        if (candidates.isEmpty()) {
            boolean anyConfirmable = false;
            for (JsonNode finding : tree.path("findings")) {
                anyConfirmable |= CONFIRMABLE.contains(finding.path("kind").asText());
            }
            w.println("weft confirm: nothing to confirm: " + report + " has no unconfirmed lock-order or race finding"
                    + (anyConfirmable ? " (each is confirmed already)"
                    : " (predictions come from the lock-order and race detectors: a run with detect=deadlock makes none)"));
            w.flush();
            return 0;
        }
        Path work = Files.createTempDirectory("weft-confirm");
        int confirmed = 0;
        try {
            for (ObjectNode finding : candidates) {
                Integer outcome = confirm(w, tree, finding, work);
                if (outcome == null) {
                    return CommandLine.ExitCode.USAGE;
                }
                confirmed += outcome;
            }
        } finally {
            deleteTree(work);
        }
        w.println("weft confirm: confirmed " + confirmed + " of " + candidates.size() + " prediction" + (candidates.size() == 1 ? "" : "s")
                + (confirmed > 0 ? "; " + report + " rewritten" : ""));
        w.flush();
        return confirmed > 0 ? 66 : 0;
    }

    /** Tries to confirm {@code finding}: 1 when it was, 0 when not, {@code null} when the agent refused its options. */
    private Integer confirm(PrintWriter w, ObjectNode tree, ObjectNode finding, Path work) throws IOException, InterruptedException {
        String kind = finding.path("kind").asText();
        String id = finding.path("id").asText();
        String fileName = id.replace(':', '-'); // an id starts with its kind: lock-order:b9932ba9c78751f5
        for (int seed = 1; seed <= iterations; seed++) {
            Path files = work.resolve(fileName + "-" + seed);
            Path schedule = ControlledRunOptions.sibling(files, ".schedule.json");
            Map<String, String> options = new LinkedHashMap<>();
            options.put("mode", "control");
            options.put("confirm", report.toAbsolutePath() + "#" + id);
            options.put("seed", Integer.toString(seed));
            options.put("schedule", schedule.toString());
            options.put("onDeadlock", "halt");
            ControlledRun result = run.run(command, options, files, run.runBound());
            String refusal = result.refusal();
            if (refusal != null) {
                spec.commandLine().getErr().println(refusal);
                return null;
            }
            if (result.process().timedOut()) {
                w.println("weft confirm: " + id + ", run " + seed + ":");
                RunPrinter.stuck(w, result, run.runTimeout());
                continue;
            }
            if (produced(result, kind, id)) {
                String stem = report.getFileName().toString().replaceFirst("\\.json$", "");
                Path replay = report.resolveSibling(stem + "." + fileName + ".schedule.json");
                if (Files.isRegularFile(schedule)) {
                    Files.move(schedule, replay, StandardCopyOption.REPLACE_EXISTING);
                }
                finding.put("confirmed", true);
                finding.put("replay", replay.toString());
                ReportFiles.writeAtomically(tree, report);
                w.println("weft confirm: " + id + " confirmed in run " + seed + " (seed " + seed + "): " + FindingSummary.headline(finding));
                RunPrinter.findings(w, result);
                w.println("  replay file: " + replay);
                w.flush();
                return 1;
            }
        }
        w.println("weft confirm: " + id + " not confirmed in " + iterations + " run" + (iterations == 1 ? "" : "s")
                + ("race".equals(kind) ? " (its two accesses never stood at the race together)" : " (no run deadlocked on it)") + ": "
                + FindingSummary.headline(finding));
        w.flush();
        return 0;
    }

    /**
     * True when the steered run really produced the predicted problem: a finding of the run says it
     * {@code "confirms"} this one (a deadlock on the predicted cycle; the race, detected after its two
     * accesses stood at it together), or, for a lock-order finding, the run deadlocked with no such say.
     * (A race finding without {@code "confirms"} is no proof: happens-before detection reports the race
     * whatever the schedule.)
     */
    static boolean produced(ControlledRun result, String kind, String id) {
        for (JsonNode found : result.findings()) {
            if (id.equals(found.path("confirms").asText(null))) {
                return true;
            }
            boolean deadlock = "deadlock".equals(found.path("kind").asText());
            if ("lock-order".equals(kind) && deadlock && !found.has("confirms")) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode readReport() {
        if (!Files.isRegularFile(report)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such report file: " + report);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(report.toFile());
        } catch (IOException e) {
            tree = null;
        }
        if (!(tree instanceof ObjectNode object) || !tree.path("findings").isArray()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the report " + report
                    + " (is it a weft JSON report? expected an object with a \"findings\" array)");
        }
        return object;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
