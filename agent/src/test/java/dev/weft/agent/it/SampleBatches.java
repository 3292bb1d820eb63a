package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.SampleInfo;
import dev.weft.cli.SampleRun;
import dev.weft.cli.SampleRunner;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The samples as {@link SamplesIT} and {@link NewerJdkIT} run them: each in a JVM of its own, as {@code weft demo}
 * runs it ({@link SampleRunner}), but the correct ones that take the agent's default options, which run about
 * {@link ProgramBatches#SIZE} to a JVM, one after another ({@link ProgramsInTurn}), as the race-hunt programs do:
 * the agent's start, most of a correct sample's CPU time, is paid once per batch. Each sample is still a test of its
 * own, and asserts of its batch's run all that its own run must give ({@link SampleRun#mismatch()}): its {@code main}
 * returned, and the batch ended with exit status 0, no finding and nothing on standard error (so a finding in a
 * batch fails the tests of all its samples: run one alone, {@code weft demo NAME}, to see whose it is). A correct
 * sample that {@linkplain ExpectedRaces#CHANGES_THE_JVM changes the JVM} runs in a JVM of its own. A sample in a
 * JVM of its own whose check failed runs again {@linkplain CpuSlots#alone() alone} (the stagger of a deadlock
 * sample that two JVMs at once may upset); a batch, of correct programs, never does.
 */
final class SampleBatches {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleBatches() { }

    /** One test per sample, run by {@code runner}; {@code check} asserts what a sample in a JVM of its own gave. */
    static Stream<DynamicTest> tests(List<SampleInfo> samples, SampleRunner runner, TwoAtATime.Check<SampleRun> check) {
        return TwoAtATime.testsInBatches(batches(samples), SampleInfo::simpleName, batch -> {
            if (batch.size() == 1 && !batched(batch.get(0))) {
                SampleRun run;
                try (CpuSlots slot = CpuSlots.one()) {
                    run = runner.run(batch.get(0), SharedClasses::command);
                }
                return sample -> () -> check.run(run);
            }
            return runInTurn(batch, runner);
        }, sample -> !batched(sample));
    }

    /** The samples that run in a JVM of their own, one to a batch, then the batches of correct samples. */
    private static List<List<SampleInfo>> batches(List<SampleInfo> samples) {
        List<List<SampleInfo>> batches = new ArrayList<>();
        List<SampleInfo> correct = new ArrayList<>();
        for (SampleInfo sample : samples) {
            if (batched(sample)) {
                correct.add(sample);
            } else {
                batches.add(List.of(sample));
            }
        }
        int count = (correct.size() + ProgramBatches.SIZE - 1) / ProgramBatches.SIZE;
        for (int i = 0; i < count; i++) {
            batches.add(correct.subList(i * correct.size() / count, (i + 1) * correct.size() / count));
        }
        return batches;
    }

    /** Runs in a batch: a correct sample with the default options that leaves the JVM as it found it. */
    private static boolean batched(SampleInfo sample) {
        if (sample.expectsFinding() || !sample.options().isEmpty()) {
            return false;
        }
        try {
            String source = Files.readString(ChildJvm.SAMPLES_SRC.resolve(sample.className().replace('.', '/') + ".java"));
            return !ExpectedRaces.CHANGES_THE_JVM.matcher(source).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code batch} in one JVM under the agent with its default options, as {@code runner} would each; each sample's assertions. */
    private static Function<SampleInfo, Executable> runInTurn(List<SampleInfo> batch, SampleRunner runner) throws Exception {
        Files.createDirectories(runner.workDir());
        Path report = Files.createTempDirectory(runner.workDir(), "batch").resolve("report.json");
        List<String> command = new ArrayList<>(List.of("-javaagent:" + runner.agentJar() + "=" + runner.agentOptions(batch.get(0), report),
                ChildJvm.SHORT_RUN, "-cp", runner.samplesJar() + File.pathSeparator + ChildJvm.TEST_CLASSES, ProgramsInTurn.class.getName()));
        batch.forEach(sample -> command.add(sample.className()));
        ChildJvm.Result result = ChildJvm.run(runner.java(), command, runner.timeout().multipliedBy(batch.size()));
        JsonNode findings = Files.exists(report) ? JSON.readTree(report.toFile()).path("findings") : null;
        return sample -> () -> {
            assertTrue(result.stdout().contains(ProgramsInTurn.PREFIX + " " + sample.className() + " returned"),
                    () -> result.stdout() + "\n" + result.stderr());
            assertTrue(findings != null, () -> "no report was written (exit status " + result.exitStatus() + "): " + result.stderr());
            assertEquals(0, findings.size(), () -> "expected no finding in the batch " + batch + ", weft reported:\n" + result.stderr());
            assertEquals(0, result.exitStatus(), result.stderr());
            assertEquals("", ProgramErrors.withoutStarts(result.stderr()), "the batch wrote to stderr under weft (a correct program must run as without it)");
        };
    }
}
