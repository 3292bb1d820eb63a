package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weft demo}: runs every sample in a JVM of its own under the agent and says, per sample, what it
 * demonstrates and what weft found, then a one-line summary. Exit status 1 when a sample did not give
 * what it promises.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class,
        description = "Run every sample under the agent and show what weft finds in each.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every sample as expected", "1:a sample not as expected", "2:bad usage"})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--agent", paramLabel = "JAR", description = "The agent jar (default: agent/target/weft-agent.jar).")
    private Path agent;

    @Option(names = "--samples", paramLabel = "JAR", description = "The samples jar (default: samples/target/weft-samples.jar).")
    private Path samples;

    @Option(names = "--out", paramLabel = "DIR", description = "Where reports and output go (default: target/weft-demo).")
    private Path out;

    @Option(names = "--only", paramLabel = "TEXT", description = "Run only the samples whose class name contains TEXT.")
    private String only;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Kill a sample after this long (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Path agentJar = existing(agent == null ? WeftHome.agentJar() : agent, "agent jar");
        Path samplesJar = existing(samples == null ? WeftHome.samplesJar() : samples, "samples jar");
        Path workDir = out == null ? WeftHome.root().resolve("target/weft-demo") : out;
        List<SampleInfo> selected = SampleCatalog.read(samplesJar).stream()
                .filter(s -> only == null || s.className().contains(only)).toList();
        if (selected.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no sample matches" + (only == null ? "" : " '" + only + "'"));
        }
        SampleRunner runner = new SampleRunner(WeftHome.java(), agentJar, samplesJar, workDir, Duration.ofSeconds(timeoutSeconds));
        w.printf("weft demo: %d samples, each in its own JVM under -javaagent:%s%n", selected.size(), agentJar.getFileName());
        w.printf("(reports and output in %s)%n", workDir);
        long start = System.nanoTime();
        int asExpected = 0;
        int found = 0;
        int silent = 0;
        for (SampleInfo sample : selected) {
            SampleRun run = runner.run(sample);
            String mismatch = run.mismatch();
            print(w, run, mismatch);
            if (mismatch == null) {
                asExpected++;
                if (sample.expectsFinding()) {
                    found++;
                } else {
                    silent++;
                }
            }
            w.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int unexpected = selected.size() - asExpected;
        w.printf(Locale.ROOT, "%nSummary: %d samples in %.1f s: %d with the expected finding, %d correct programs silent; %s%n",
                selected.size(), seconds, found, silent, unexpected == 0 ? "all as expected." : unexpected + " NOT as expected.");
        return unexpected == 0 ? 0 : 1;
    }

    private void print(PrintWriter w, SampleRun run, String mismatch) {
        SampleInfo sample = run.sample();
        w.printf("%n[%s] %s%s%n", sample.group(), sample.simpleName(), sample.expectsFinding() ? "" : "  (correct twin of " + sample.twin() + ")");
        w.printf("  shows: %s%n", sample.shows());
        if (!sample.options().isEmpty()) {
            w.printf("  runs with: %s%n", sample.options());
        }
        List<JsonNode> findings = run.findings();
        if (findings.isEmpty()) {
            w.println("  weft found: nothing");
        }
        for (JsonNode finding : findings) {
            w.printf("  weft found: %s%n", FindingSummary.headline(finding));
            FindingSummary.details(finding).forEach(line -> w.printf("    %s%n", line));
        }
        String status = run.timedOut() ? "killed after " + timeoutSeconds + " s" : "exit status " + run.exitStatus();
        w.printf(Locale.ROOT, "  %s, %.1f s: %s%n", status, run.elapsed().toMillis() / 1000.0,
                mismatch == null ? "as expected" : "NOT as expected: " + mismatch + " (see " + run.stderr() + ")");
    }

    private Path existing(Path jar, String what) {
        if (!Files.isRegularFile(jar)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot find the " + what + " " + jar
                    + " (build with: mvn -B -DskipTests package, or run ./weft which builds)");
        }
        return jar.toAbsolutePath();
    }
}
