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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Race detection on app-like programs ({@code example.apphunt}: a bank, a cache, a pipeline, a game loop...,
 * several classes and synchronization mechanisms each, a racy one and its fixed twin): each runs in a child
 * JVM with {@code detect=race,failOn=race}; it exits with status 66 exactly when it is racy, and its report
 * holds exactly what its {@code // weft: expect} line says ({@link ExpectedRaces}). The programs that need
 * JDK 21 (virtual threads, {@code src/test/resources/jdk21/example/apphunt}) or JDK 24 (stream gatherers,
 * {@code src/test/resources/jdk24/example/apphunt}) are compiled and run with the newest JDK installed beside
 * the build's, as {@link NewerJdkIT} finds it, and skipped when there is none that new; those of structured
 * concurrency, a preview API whose shape changes between releases, only with a JDK 25. The programs run
 * {@linkplain TwoAtATime two at a time}.
 */
class AppHuntIT {

    private static final Path SOURCES = Path.of("src/test/java/example/apphunt").toAbsolutePath();
    private static final Path JDK21_SOURCES = Path.of("src/test/resources/jdk21/example/apphunt").toAbsolutePath();
    private static final Path JDK24_SOURCES = Path.of("src/test/resources/jdk24/example/apphunt").toAbsolutePath();
    /** Programs of a preview API of JDK 25 (structured concurrency), compiled and run with {@code --enable-preview}. */
    private static final Path JDK25_PREVIEW_SOURCES = Path.of("src/test/resources/jdk25preview/example/apphunt").toAbsolutePath();
    private static final Map<Path, Path> COMPILED = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRaces() throws IOException {
        return TwoAtATime.tests(ExpectedRaces.programsIn(SOURCES).toList(), program -> program,
                program -> assertRun(ChildJvm.java(), List.of(), ChildJvm.TEST_CLASSES, ExpectedRaces.of(SOURCES.resolve(program + ".java"))));
    }

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRacesOnTheNewestJdk() throws Exception {
        return onJdk(21, JDK21_SOURCES);
    }

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRacesWithStreamGatherers() throws Exception {
        return onJdk(24, JDK24_SOURCES);
    }

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRacesWithStructuredConcurrency() throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk(25);
        assumeTrue(jdk.isPresent() && NewerJdkIT.featureVersion(jdk.get()) == 25, "no JDK 25 (the preview API's version) installed");
        Path classes = compiledWith(jdk.get(), JDK25_PREVIEW_SOURCES, "--enable-preview", "--release", "25");
        return TwoAtATime.tests(ExpectedRaces.programsIn(JDK25_PREVIEW_SOURCES).toList(), program -> program,
                program -> assertRun(jdk.get().resolve("bin/java"), List.of("--enable-preview"), classes,
                        ExpectedRaces.of(JDK25_PREVIEW_SOURCES.resolve(program + ".java"))));
    }

    /** The programs in {@code sources}, compiled and run with the newest JDK installed, skipped when it is older than {@code feature}. */
    private static Stream<DynamicTest> onJdk(int feature, Path sources) throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk(feature);
        assumeTrue(jdk.isPresent(), "no JDK " + feature + " or newer installed beside " + System.getProperty("java.home"));
        Path classes = compiledWith(jdk.get(), sources);
        return TwoAtATime.tests(ExpectedRaces.programsIn(sources).toList(), program -> program,
                program -> assertRun(jdk.get().resolve("bin/java"), List.of(), classes, ExpectedRaces.of(sources.resolve(program + ".java"))));
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
