package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Race detection on app-like programs ({@code example.apphunt}: a bank, a cache, a pipeline, a game loop...,
 * several classes and synchronization mechanisms each, a racy one and its fixed twin): each runs in a child
 * JVM with {@code detect=race,failOn=race}; it exits with status 66 exactly when it is racy, and its report
 * holds exactly what its {@code // weft: expect} line says ({@link ExpectedRaces}). The programs that need
 * JDK 21 (virtual threads, {@code src/test/resources/jdk21/example/apphunt}) are compiled and run with the
 * newest JDK installed beside the build's, as {@link NewerJdkIT} finds it, and skipped when there is none.
 */
class AppHuntIT {

    private static final Path SOURCES = Path.of("src/test/java/example/apphunt").toAbsolutePath();
    private static final Path JDK21_SOURCES = Path.of("src/test/resources/jdk21/example/apphunt").toAbsolutePath();
    private static Path jdk21Classes;

    static Stream<String> programs() throws IOException {
        return ExpectedRaces.programsIn(SOURCES);
    }

    static Stream<String> jdk21Programs() throws IOException {
        return ExpectedRaces.programsIn(JDK21_SOURCES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void reportsExactlyTheExpectedRaces(String program) throws Exception {
        assertRun(ChildJvm.java(), ChildJvm.TEST_CLASSES, ExpectedRaces.of(SOURCES.resolve(program + ".java")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdk21Programs")
    void reportsExactlyTheExpectedRacesOnTheNewestJdk(String program) throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk();
        assumeTrue(jdk.isPresent(), "no JDK 21 or newer installed beside " + System.getProperty("java.home"));
        assertRun(jdk.get().resolve("bin/java"), compiledWith(jdk.get()), ExpectedRaces.of(JDK21_SOURCES.resolve(program + ".java")));
    }

    private static void assertRun(Path java, Path classes, ExpectedRaces expected) throws Exception {
        Path report = ChildJvm.freshDir("apphunt").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(java, List.of("-javaagent:" + ChildJvm.AGENT + "=detect=race,failOn=race,report=" + report,
                "-cp", classes.toString(), "example.apphunt." + expected.program()));
        assertEquals(expected.none() ? 0 : 66, result.exitStatus(), result.stderr());
        expected.assertReport(report, result.stderr());
    }

    /** The JDK 21 programs, compiled once with {@code jdk}'s {@code javac}. */
    private static synchronized Path compiledWith(Path jdk) throws IOException, InterruptedException {
        if (jdk21Classes == null) {
            Path classes = ChildJvm.freshDir("apphunt-jdk21").resolve("classes");
            List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(), "-d", classes.toString()));
            try (Stream<Path> sources = Files.list(JDK21_SOURCES)) {
                sources.map(Path::toString).forEach(command::add);
            }
            Process javac = new ProcessBuilder(command).inheritIO().start();
            assertTrue(javac.waitFor() == 0, "javac failed: " + command);
            jdk21Classes = classes;
        }
        return jdk21Classes;
    }
}
