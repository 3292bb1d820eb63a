package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Race detection on app-like programs ({@code example.apphunt}: a bank, a cache, a pipeline, a game loop...,
 * several classes and synchronization mechanisms each, a racy one and its fixed twin): each runs in a child
 * JVM with {@code detect=race,failOn=race}; it exits with status 66 exactly when it is racy, and its report
 * holds exactly what its {@code // weft: expect} line says ({@link ExpectedRaces}). The programs that need
 * JDK 21 (virtual threads, {@code src/test/resources/jdk21/example/apphunt}) or JDK 24 (stream gatherers,
 * {@code src/test/resources/jdk24/example/apphunt}) are compiled and run with the newest JDK installed beside
 * the build's, as {@link NewerJdkIT} finds it, and skipped when there is none that new; those of structured
 * concurrency, a preview API whose shape changes between releases, only with a JDK 25.
 */
class AppHuntIT {

    private static final Path SOURCES = Path.of("src/test/java/example/apphunt").toAbsolutePath();
    private static final Path JDK21_SOURCES = Path.of("src/test/resources/jdk21/example/apphunt").toAbsolutePath();
    private static final Path JDK24_SOURCES = Path.of("src/test/resources/jdk24/example/apphunt").toAbsolutePath();
    /** Programs of a preview API of JDK 25 (structured concurrency), compiled and run with {@code --enable-preview}. */
    private static final Path JDK25_PREVIEW_SOURCES = Path.of("src/test/resources/jdk25preview/example/apphunt").toAbsolutePath();
    private static final Map<Path, Path> COMPILED = new HashMap<>();

    static Stream<String> programs() throws IOException {
        return ExpectedRaces.programsIn(SOURCES);
    }

    static Stream<String> jdk21Programs() throws IOException {
        return ExpectedRaces.programsIn(JDK21_SOURCES);
    }

    static Stream<String> jdk24Programs() throws IOException {
        return ExpectedRaces.programsIn(JDK24_SOURCES);
    }

    static Stream<String> jdk25PreviewPrograms() throws IOException {
        return ExpectedRaces.programsIn(JDK25_PREVIEW_SOURCES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void reportsExactlyTheExpectedRaces(String program) throws Exception {
        assertRun(ChildJvm.java(), List.of(), ChildJvm.TEST_CLASSES, ExpectedRaces.of(SOURCES.resolve(program + ".java")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdk21Programs")
    void reportsExactlyTheExpectedRacesOnTheNewestJdk(String program) throws Exception {
        assertRunOnJdk(21, JDK21_SOURCES, program);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdk24Programs")
    void reportsExactlyTheExpectedRacesWithStreamGatherers(String program) throws Exception {
        assertRunOnJdk(24, JDK24_SOURCES, program);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdk25PreviewPrograms")
    void reportsExactlyTheExpectedRacesWithStructuredConcurrency(String program) throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk(25);
        assumeTrue(jdk.isPresent() && NewerJdkIT.featureVersion(jdk.get()) == 25, "no JDK 25 (the preview API's version) installed");
        Path classes = compiledWith(jdk.get(), JDK25_PREVIEW_SOURCES, "--enable-preview", "--release", "25");
        assertRun(jdk.get().resolve("bin/java"), List.of("--enable-preview"), classes,
                ExpectedRaces.of(JDK25_PREVIEW_SOURCES.resolve(program + ".java")));
    }

    private static void assertRunOnJdk(int feature, Path sources, String program) throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk(feature);
        assumeTrue(jdk.isPresent(), "no JDK " + feature + " or newer installed beside " + System.getProperty("java.home"));
        assertRun(jdk.get().resolve("bin/java"), List.of(), compiledWith(jdk.get(), sources),
                ExpectedRaces.of(sources.resolve(program + ".java")));
    }

    private static void assertRun(Path java, List<String> jvmOptions, Path classes, ExpectedRaces expected) throws Exception {
        Path report = ChildJvm.freshDir("apphunt").resolve("report.json");
        List<String> command = new ArrayList<>(jvmOptions);
        command.add(ChildJvm.SHORT_RUN);
        command.addAll(List.of("-javaagent:" + ChildJvm.AGENT + "=detect=race,failOn=race,report=" + report,
                "-cp", classes.toString(), "example.apphunt." + expected.program()));
        ChildJvm.Result result = ChildJvm.run(java, command);
        assertEquals(expected.none() ? 0 : 66, result.exitStatus(), result.stderr());
        expected.assertReport(report, result.stderr());
    }

    /** The programs in {@code sources}, compiled once with {@code jdk}'s {@code javac} and these options. */
    private static synchronized Path compiledWith(Path jdk, Path sources, String... javacOptions) throws IOException, InterruptedException {
        Path compiled = COMPILED.get(sources);
        if (compiled == null) {
            compiled = ChildJvm.freshDir("apphunt-" + sources.getParent().getParent().getFileName()).resolve("classes");
            List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(), "-d", compiled.toString()));
            command.addAll(List.of(javacOptions));
            try (Stream<Path> files = Files.list(sources)) {
                files.map(Path::toString).forEach(command::add);
            }
            Process javac = new ProcessBuilder(command).inheritIO().start();
            assertTrue(javac.waitFor() == 0, "javac failed: " + command);
            COMPILED.put(sources, compiled);
        }
        return compiled;
    }
}
