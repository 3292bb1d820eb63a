package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.SampleCatalog;
import dev.weft.cli.SampleInfo;
import dev.weft.cli.SampleRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The agent, built for Java 17, works in a newer JVM: the samples run under the newest JDK installed
 * beside the one running the build (or the one {@code WEFT_TEST_JDK} names). Skipped when there is none.
 */
class NewerJdkIT {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    /**
     * Every sample, as {@link SamplesIT} runs them ({@link SampleBatches}): two at a time, a sample whose timing two
     * JVMs at once upset (the stagger of a potential deadlock that must not happen for real) again alone, the correct
     * ones with the default options several to a JVM; each must give what it promises.
     */
    @TestFactory
    Stream<DynamicTest> samplesGiveTheSameFindingsOnTheNewestInstalledJdk() throws Exception {
        Optional<Path> jdk = newestJdk();
        assumeTrue(jdk.isPresent(), "no JDK 21 or newer installed beside " + System.getProperty("java.home"));
        Path java = jdk.get().resolve("bin/java");
        SampleRunner runner = new SampleRunner(java, ChildJvm.AGENT, ChildJvm.SAMPLES,
                ChildJvm.IT_DIR.resolve("newer-jdk"), Duration.ofSeconds(30));
        List<SampleInfo> samples = SampleCatalog.read(ChildJvm.SAMPLES);
        assertFalse(samples.isEmpty(), "no samples found in " + ChildJvm.SAMPLES);
        return SampleBatches.tests(samples, runner, run -> assertNull(run.mismatch(),
                () -> run.sample().simpleName() + " on " + java + ": " + run.mismatch() + "\n" + read(run.stderr())));
    }

    @Test
    void virtualThreadsThatBuildersStartAreThreadsOfTheModelAndTheRunReplaysExactly() throws Exception {
        assertReplayableOnTheNewestJdk("VirtualThreads", "hits 4");
    }

    @Test
    void executorsClosedByTryWithResourcesWaitInTheModelAndTheRunReplaysExactly() throws Exception {
        // a virtual thread per task's threads joined the run unannounced, and close() waited inside the JDK
        assertReplayableOnTheNewestJdk("ClosedExecutors", "hits 6");
    }

    /**
     * Compiles {@code example.app21.<app>} with the newest JDK installed, runs it under control twice with one
     * seed and replays the first run: each prints {@code output}, is replayable and takes the same steps.
     */
    private static void assertReplayableOnTheNewestJdk(String app, String output) throws Exception {
        Optional<Path> jdk = newestJdk();
        assumeTrue(jdk.isPresent(), "no JDK 21 or newer installed beside " + System.getProperty("java.home"));
        Path dir = ChildJvm.freshDir(app);
        Path classes = dir.resolve("classes");
        Path source = Path.of("src/test/resources/jdk21/example/app21/" + app + ".java").toAbsolutePath();
        Process javac = new ProcessBuilder(jdk.get().resolve("bin/javac").toString(), "-d", classes.toString(), source.toString())
                .inheritIO().start();
        assertEquals(0, javac.waitFor());
        JsonNode first = null;
        for (String options : List.of("seed=7,quantum=1", "seed=7,quantum=1", "replay=" + dir.resolve("run-0.schedule.json"))) {
            int run = first == null ? 0 : options.startsWith("replay") ? 2 : 1;
            Path report = dir.resolve("run-" + run + ".json");
            ChildJvm.Result result = ChildJvm.run(jdk.get().resolve("bin/java"), List.of(
                    "-javaagent:" + ChildJvm.AGENT + "=mode=control,include=example.app21,report=" + report + "," + options,
                    "-cp", classes.toString(), "example.app21." + app));
            assertEquals(0, result.exitStatus(), result.stderr());
            assertTrue(result.stdout().contains(output), result.stdout());
            assertFalse(result.stderr().contains("not exactly replayable"), result.stderr());
            JsonNode control = new ObjectMapper().readTree(report.toFile());
            assertTrue(control.path("control").path("replayable").asBoolean(), result.stderr());
            assertFalse(control.path("control").path("diverged").asBoolean(), result.stderr());
            if (first == null) {
                first = control;
            } else {
                assertEquals(steps(first), steps(control), options);
            }
        }
    }

    /** The timeline's steps without the JVM's thread ids, which a virtual thread's number need not keep. */
    private static List<String> steps(JsonNode report) {
        List<String> steps = new ArrayList<>();
        report.path("timeline").forEach(step -> steps.add(step.path("thread").asText() + " " + step.path("cpu").asInt() + " "
                + step.path("slice").asInt() + " " + step.path("event").asText() + " " + step.path("site").asText()));
        return steps;
    }

    static Optional<Path> newestJdk() throws IOException {
        return newestJdk(21);
    }

    /** The newest JDK installed beside the build's (or {@code WEFT_TEST_JDK}), if it is at least {@code feature}. */
    static Optional<Path> newestJdk(int feature) throws IOException {
        String configured = System.getenv("WEFT_TEST_JDK");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(jdk -> featureVersion(jdk) >= feature);
        }
        Path installed = Path.of(System.getProperty("java.home")).toRealPath().getParent();
        if (installed == null) {
            return Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(installed)) {
            return jdks.filter(dir -> featureVersion(dir) >= feature && Files.isExecutable(dir.resolve("bin/java")))
                    .max(Comparator.comparingInt(NewerJdkIT::featureVersion));
        }
    }

    static int featureVersion(Path jdk) {
        try {
            Matcher m = VERSION.matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
