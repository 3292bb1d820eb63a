package dev.weft.cli;

import dev.weft.cli.control.ControlledRun;
import dev.weft.cli.control.RunBound;
import dev.weft.cli.control.WatchedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that run a program under the agent in controlled mode ({@code explore},
 * {@code replay}, {@code confirm}): which agent, extra agent options, and the watchdog's bound per run.
 */
final class ControlledRunOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--agent", paramLabel = "JAR", description = "The agent jar (default: agent/target/weft-agent.jar).")
    private Path agent;

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE", converter = AgentOptionConverter.class,
            description = "One more agent option, e.g. -o include=com.example. -o detect=deadlock (repeatable; see README).")
    private List<String> options = new ArrayList<>();

    @Option(names = "--run-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Kill a run that has not ended after this long (not counting the time it waited for a CPU on a "
                    + "loaded machine, up to ten times this in all), showing its stuck threads (default: ${DEFAULT-VALUE}).")
    private Duration runTimeout;

    /** The watchdog's bound for one run, in the time it could run. */
    Duration runTimeout() {
        return runTimeout;
    }

    /** The watchdog's bound for one run: {@link #runTimeout()} of the time it could run. */
    RunBound runBound() {
        return RunBound.of(runTimeout);
    }

    /** The agent jar, checked to exist. */
    Path agentJar() {
        Path jar = agent == null ? WeftHome.agentJar() : agent;
        if (!Files.isRegularFile(jar)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot find the agent jar " + jar
                    + " (build with: mvn -B -DskipTests package, or run ./weft which builds)");
        }
        return jar.toAbsolutePath();
    }

    /**
     * Runs {@code command} under the agent with weft's {@code controlOptions} (in order) and the user's
     * {@code -o} options after them, for at most {@code bound}; with only the first tier of the JIT unless the
     * command chooses (see {@link JavaCommand#forShortRun}).
     *
     * @param files  where the run's files go: {@code <files>.json} (the report), {@code .out}, {@code .err}
     */
    ControlledRun run(List<String> command, Map<String, String> controlOptions, Path files, RunBound bound)
            throws IOException, InterruptedException {
        Path report = reportOf(files);
        List<String> line = commandLine(command, agentOptions(controlOptions, report));
        WatchedRun process = WatchedRun.run(line, sibling(files, ".out"), sibling(files, ".err"), bound);
        return ControlledRun.of(process, report);
    }

    /** The report of the run whose files are {@code files}, deleted if a run before left one. */
    static Path reportOf(Path files) throws IOException {
        Path report = sibling(files, ".json");
        Files.deleteIfExists(report);
        return report;
    }

    /** weft's {@code controlOptions} (in order), the report, then the user's {@code -o} options, as {@code key=value}. */
    List<String> agentOptions(Map<String, String> controlOptions, Path report) {
        List<String> all = new ArrayList<>();
        controlOptions.forEach((key, value) -> all.add(key + "=" + value));
        all.add("report=" + report.toAbsolutePath());
        for (String option : all) {
            if (option.indexOf(',') >= 0) { // the agent's options are separated by commas
                throw new CommandLine.ParameterException(spec.commandLine(), "the agent cannot be given a path with a comma: "
                        + option + " (choose a directory without ',' for weft's files, e.g. --out weft-explore)");
            }
        }
        all.addAll(options);
        return all;
    }

    /** {@code command} under the agent with {@code agentOptions}, with only the first tier of the JIT unless it chooses. */
    List<String> commandLine(List<String> command, List<String> agentOptions) {
        return withAgent(JavaCommand.forShortRun(command), agentOptions);
    }

    /**
     * Refuses user options that would override what the command sets itself ({@code reserved}), and a
     * command that is not {@code java}: in one line, before anything runs.
     */
    void check(List<String> command, List<String> reserved) {
        withAgent(command, List.of());
        for (String option : options) {
            String key = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (reserved.contains(key) || key.equals("report")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "-o " + option + ": weft " + spec.name()
                        + " sets " + key + " itself (options it sets: " + String.join(", ", reserved) + ", report)");
            }
        }
    }

    private List<String> withAgent(List<String> command, List<String> agentOptions) {
        try {
            return JavaCommand.withAgent(command, agentJar(), agentOptions);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + ": " + UsageProblem.example(spec));
        }
    }

    /** {@code files} with {@code suffix} appended to its name. */
    static Path sibling(Path files, String suffix) {
        return files.resolveSibling(files.getFileName() + suffix);
    }
}
