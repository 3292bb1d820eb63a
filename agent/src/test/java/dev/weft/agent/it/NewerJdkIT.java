package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.cli.SampleCatalog;
import dev.weft.cli.SampleInfo;
import dev.weft.cli.SampleRun;
import dev.weft.cli.SampleRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The agent, built for Java 17, works in a newer JVM: the samples run under the newest JDK installed
 * beside the one running the build (or the one {@code WEFT_TEST_JDK} names). Skipped when there is none.
 */
class NewerJdkIT {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    @Test
    void samplesGiveTheSameFindingsOnTheNewestInstalledJdk() throws Exception {
        Optional<Path> jdk = newestJdk();
        assumeTrue(jdk.isPresent(), "no JDK 21 or newer installed beside " + System.getProperty("java.home"));
        Path java = jdk.get().resolve("bin/java");
        SampleRunner runner = new SampleRunner(java, ChildJvm.AGENT, ChildJvm.SAMPLES,
                ChildJvm.IT_DIR.resolve("newer-jdk"), Duration.ofSeconds(30));
        int ran = 0;
        for (SampleInfo sample : SampleCatalog.read(ChildJvm.SAMPLES)) {
            SampleRun run = runner.run(sample);
            assertNull(run.mismatch(), () -> sample.simpleName() + " on " + java + ": " + run.mismatch() + "\n" + read(run.stderr()));
            ran++;
        }
        assertEquals(SampleCatalog.read(ChildJvm.SAMPLES).size(), ran);
    }

    static Optional<Path> newestJdk() throws IOException {
        String configured = System.getenv("WEFT_TEST_JDK");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path installed = Path.of(System.getProperty("java.home")).toRealPath().getParent();
        if (installed == null) {
            return Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(installed)) {
            return jdks.filter(dir -> featureVersion(dir) >= 21 && Files.isExecutable(dir.resolve("bin/java")))
                    .max(Comparator.comparingInt(NewerJdkIT::featureVersion));
        }
    }

    private static int featureVersion(Path jdk) {
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
