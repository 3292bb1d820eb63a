package dev.weft.agent.it;

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
 * JDK 21 (virtual threads, {@code src/test/resources/jdk21/example/apphunt}), JDK 24 (stream gatherers,
 * {@code src/test/resources/jdk24/example/apphunt}) or JDK 25 ({@code ScopedValue}, final since then,
 * {@code src/test/resources/jdk25/example/apphunt}) are compiled and run with the newest JDK installed beside
 * the build's, as {@link NewerJdkIT} finds it, and skipped when there is none that new; those of structured
 * concurrency, a preview API whose shape changes between releases, only with a JDK 25. The correct programs run
 * {@linkplain ProgramBatches several to a JVM}, each still a test of its own.
 */
class AppHuntIT {

    private static final Path SOURCES = Path.of("src/test/java/example/apphunt").toAbsolutePath();
    private static final Path JDK21_SOURCES = Path.of("src/test/resources/jdk21/example/apphunt").toAbsolutePath();
    private static final Path JDK24_SOURCES = Path.of("src/test/resources/jdk24/example/apphunt").toAbsolutePath();
    /** Programs of an API final since JDK 25 ({@code ScopedValue}). */
    private static final Path JDK25_SOURCES = Path.of("src/test/resources/jdk25/example/apphunt").toAbsolutePath();
    /** Programs of a preview API of JDK 25 (structured concurrency), compiled and run with {@code --enable-preview}. */
    private static final Path JDK25_PREVIEW_SOURCES = Path.of("src/test/resources/jdk25preview/example/apphunt").toAbsolutePath();
    private static final Map<Path, Path> COMPILED = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRaces() throws IOException {
        return inBatches(ChildJvm.java(), List.of(), ChildJvm.TEST_CLASSES, SOURCES);
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
        return inBatches(jdk.get().resolve("bin/java"), List.of("--enable-preview"), classes, JDK25_PREVIEW_SOURCES);
    }

    /** The programs in {@code sources}, compiled and run with the newest JDK installed, skipped when it is older than {@code feature}. */
    private static Stream<DynamicTest> onJdk(int feature, Path sources) throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk(feature);
        assumeTrue(jdk.isPresent(), "no JDK " + feature + " or newer installed beside " + System.getProperty("java.home"));
        return inBatches(jdk.get().resolve("bin/java"), List.of(), compiledWith(jdk.get(), sources), sources);
    }

    /**
     * The programs in {@code sources}, compiled to {@code classes}, run with {@code java} and {@code jvmOptions}
     * {@linkplain ProgramBatches several to a JVM}: the correct ones together, each racy one in a JVM of its own, so
     * that the exit status tells of each racy program that it made its JVM fail.
     */
    private static Stream<DynamicTest> inBatches(Path java, List<String> jvmOptions, Path classes, Path sources) throws IOException {
        return ProgramBatches.tests(ExpectedRaces.allIn(sources), program -> !program.none(), "example.apphunt",
                batch -> batch.stream().allMatch(ExpectedRaces::none) ? 0 : 66, (report, programs, timeout) -> {
                    List<String> command = new ArrayList<>(jvmOptions);
                    command.add(ChildJvm.SHORT_RUN);
                    command.addAll(List.of("-javaagent:" + ChildJvm.AGENT + "=detect=race,failOn=race,report=" + report,
                            "-cp", ProgramBatches.classPath(classes)));
                    command.addAll(programs);
                    return ChildJvm.run(java, command, timeout);
                });
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

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRacesWithScopedValues() throws Exception {
        return onJdk(25, JDK25_SOURCES);
    }
}
