package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs one sample in a JVM of its own under the agent, the way a user would attach weft, and collects
 * what weft wrote: the JSON report, the exit status, the output.
 *
 * @param java       the {@code java} executable for the child JVMs
 * @param agentJar   {@code agent/target/weft-agent.jar}
 * @param samplesJar {@code samples/target/weft-samples.jar}
 * @param workDir    where reports and output go, one set of files per sample
 * @param timeout    how long a sample may run before it is killed
 */
public record SampleRunner(Path java, Path agentJar, Path samplesJar, Path workDir, Duration timeout) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The agent options for a sample: a report, halting on a deadlock it is meant to show, and the options
     * of its {@code @Sample} (a scheduling sample's {@code mode=control,...}).
     */
    public String agentOptions(SampleInfo sample, Path report) {
        String options = "report=" + report;
        if ("deadlock".equals(sample.expect())) {
            options += ",onDeadlock=halt";
        }
        return sample.options().isEmpty() ? options : options + "," + sample.options();
    }

    /** The child JVM's command line. */
    public List<String> command(SampleInfo sample, Path report) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-javaagent:" + agentJar + "=" + agentOptions(sample, report));
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(samplesJar.toString());
        command.add(sample.className());
        return command;
    }

    /** Runs the sample to its end (or the timeout) and reads the report it left. */
    public SampleRun run(SampleInfo sample) throws IOException, InterruptedException {
        return run(sample, UnaryOperator.identity());
    }

    /**
     * Runs the sample with its {@linkplain #command command line} as {@code adjust} changes it (a test's JVM
     * options, say) to its end (or the timeout), and reads the report it left.
     */
    public SampleRun run(SampleInfo sample, UnaryOperator<List<String>> adjust) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        String name = sample.simpleName();
        Path report = workDir.resolve(name + ".json");
        Path out = workDir.resolve(name + ".out");
        Path err = workDir.resolve(name + ".err");
        Files.deleteIfExists(report);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(adjust.apply(command(sample, report)))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        JsonNode json = Files.exists(report) ? JSON.readTree(report.toFile()) : null;
        return new SampleRun(sample, finished ? process.exitValue() : -1, !finished, json, out, err, elapsed);
    }
}
