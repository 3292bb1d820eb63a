package dev.weft.cli;

import dev.weft.analysis.TraceAnalysis;
import dev.weft.report.Finding;
import dev.weft.report.Report;
import dev.weft.report.suppress.BadSuppressionException;
import dev.weft.report.suppress.Suppressions;
import dev.weft.report.json.ReportFiles;
import dev.weft.report.text.TextRenderer;
import dev.weft.trace.io.Trace;
import dev.weft.trace.io.TraceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code weft analyze TRACE}: runs the analyses on a trace recorded by the agent ({@code trace=PATH}) and
 * prints the findings as the agent would have, optionally writing the JSON report too.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class,
        description = "Analyse a recorded trace offline: real deadlocks, potential deadlocks (lock order) and data races.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding of a --fail-on kind", "2:bad usage or an unreadable or damaged trace",
                "66:findings of a --fail-on kind"})
final class AnalyzeCommand implements Callable<Integer> {

    private static final Set<String> KINDS = Set.of("deadlock", "lock-order", "race");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TRACE", description = "The trace file the agent recorded (trace=PATH).")
    private Path trace;

    @Option(names = "--detect", paramLabel = "KINDS", split = ",", description = "Kinds to look for (default: deadlock,lock-order,race).")
    private List<String> detect = List.of("deadlock", "lock-order", "race");

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report to FILE.")
    private Path json;

    @Option(names = "--fail-on", paramLabel = "KINDS", split = ",", description = "Exit with status 66 when findings of these kinds are made.")
    private List<String> failOn = List.of();

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Ignore the findings this file's suppressions match (kind:pattern per line, as the agent's suppressions=FILE).")
    private Path suppressionsFile;

    @Override
    public Integer call() throws IOException {
        Set<String> kinds = kinds("--detect", detect);
        Set<String> failing = kinds("--fail-on", failOn);
        Trace recorded;
        try {
            recorded = TraceReader.read(trace);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such trace file: " + trace);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the trace " + trace + ": " + e.getMessage());
        }
        Suppressions suppressions = suppressions();
        Report report = new TraceAnalysis(WeftVersion.get(), kinds).analyze(recorded);
        if (suppressions != null) {
            report = new Report(report.tool(), report.version(), report.run(),
                    report.findings().stream().filter(f -> suppressions.match(f) == null).toList(), report.notes())
                    .withUnmatchedSuppressions(suppressions.unmatched());
            if (!suppressions.unmatched().isEmpty()) {
                spec.commandLine().getErr().println("weft: suppressions that matched nothing: " + String.join(" ", suppressions.unmatched()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new TextRenderer().render(report));
        out.flush();
        if (json != null) {
            ReportFiles.writeAtomically(report, json);
        }
        boolean fail = report.findings().stream().map(Finding::kind).anyMatch(failing::contains);
        return fail ? 66 : 0;
    }

    /** The suppressions of {@code --suppressions}, or {@code null}; a bad file is bad usage. */
    private Suppressions suppressions() {
        if (suppressionsFile == null) {
            return null;
        }
        try {
            return Suppressions.read(suppressionsFile);
        } catch (BadSuppressionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the suppressions file " + suppressionsFile);
        }
    }

    private Set<String> kinds(String option, List<String> values) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String value : values) {
            if (!KINDS.contains(value)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "bad value for " + option + ": '" + value + "' (valid: deadlock, lock-order, race)");
            }
            kinds.add(value);
        }
        return kinds;
    }
}
