package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.control.ControlledRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code weft replay FILE -- java ...}: runs a program again under the schedule a controlled run recorded
 * ({@code mode=control,replay=FILE}) and prints what it found. Exit status 66 when the replay reproduced a
 * deadlock, race or starvation (or the program's failure), 0 otherwise.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class, sortOptions = false,
        description = "Replay a recorded schedule: weft replay run.schedule.json -- java -cp app.jar Main",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the replay reproduced no finding or failure",
                "2:bad usage (no such schedule file, not a schedule file, a bad agent option, a java command that cannot start the program)",
                "66:the replay reproduced a finding or a failure of the program"})
final class ReplayCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RESERVED = List.of("mode", "replay", "confirm", "schedule", "seed", "strategy", "onDeadlock");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A schedule file written by a controlled run (weft explore prints its name).")
    private Path schedule;

    @Option(names = "--report", paramLabel = "PATH", description = "Where the replay's JSON report goes (default: FILE with .schedule.json replaced by .replay.json).")
    private Path report;

    @Mixin
    private ControlledRunOptions run;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The java command to run, after --.")
    private List<String> command;

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkSchedule(spec, schedule);
        run.check(command, RESERVED);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("mode", "control");
        options.put("replay", schedule.toAbsolutePath().toString());
        options.put("onDeadlock", "halt");
        Path files = report != null ? withoutJson(report) : withoutJson(defaultReport());
        ControlledRun result = run.run(command, options, files, run.runBound());
        String refusal = result.refusal();
        if (refusal != null) {
            spec.commandLine().getErr().println(refusal);
            return CommandLine.ExitCode.USAGE;
        }
        PrintWriter w = spec.commandLine().getOut();
        if (result.diverged()) {
            String where = result.divergence();
            w.println("weft replay: the program no longer matches the schedule " + schedule + ": "
                    + (where != null ? where : "see the program's standard error, " + result.process().stderr()));
        }
        int status = 0;
        if (result.process().timedOut()) {
            w.println("weft replay: the replay of " + schedule + " did not end:");
            RunPrinter.stuck(w, result, run.runTimeout());
        } else if (!result.findings(ControlledRun.HAPPENED).isEmpty()) {
            List<JsonNode> happened = result.findings(ControlledRun.HAPPENED);
            w.println("weft replay: reproduced " + happened.size() + " finding" + (happened.size() == 1 ? "" : "s")
                    + " in " + DurationConverter.format(result.process().elapsed()) + ":");
            RunPrinter.findings(w, happened);
            status = 66;
        } else if (result.programFailed()) {
            w.println("weft replay: reproduced a failure of the program in " + DurationConverter.format(result.process().elapsed()) + ":");
            RunPrinter.failure(w, result);
            status = 66;
        } else {
            w.println("weft replay: no deadlock, race or failure; the program ended normally (exit status 0)");
        }
        w.println("report: " + result.report());
        w.flush();
        return status;
    }

    /** Refuses, in one line, a file that is missing or is not a weft schedule file. */
    static void checkSchedule(CommandLine.Model.CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such schedule file: " + file);
        }
        JsonNode json;
        try {
            json = JSON.readTree(file.toFile());
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !"weft-schedule".equals(json.path("format").asText())) {
            throw new CommandLine.ParameterException(spec.commandLine(), file
                    + " is not a weft schedule file (expected JSON with \"format\": \"weft-schedule\", as controlled runs write)");
        }
    }

    private Path defaultReport() {
        String name = schedule.getFileName().toString();
        String stem = name.endsWith(".schedule.json") ? name.substring(0, name.length() - ".schedule.json".length()) : name;
        return schedule.toAbsolutePath().resolveSibling(stem + ".replay.json");
    }

    private static Path withoutJson(Path report) {
        String name = report.getFileName().toString();
        return name.endsWith(".json") ? report.resolveSibling(name.substring(0, name.length() - ".json".length())) : report;
    }
}
