package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Race detection on programs written to hunt for false and missed races ({@code example.racehunt}, in
 * the test sources): each runs in a child JVM with {@code detect=race}, and its report must hold exactly
 * what the program's {@code // weft: expect} line says ({@link ExpectedRaces}). The programs run
 * {@linkplain TwoAtATime two at a time}.
 */
class RaceHuntIT {

    private static final Path SOURCES = Path.of("src/test/java/example/racehunt").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRaces() throws IOException {
        return TwoAtATime.tests(ExpectedRaces.programsIn(SOURCES).toList(), program -> program,
                program -> check(SOURCES, "example.racehunt", program));
    }

    /** Runs {@code pkg.program} under the agent with {@code detect=race} and checks its report against the program's expectation. */
    static void check(Path sources, String pkg, String program) throws Exception {
        ExpectedRaces expected = ExpectedRaces.of(sources.resolve(program + ".java"));
        Path report = ChildJvm.freshDir("racehunt").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of(ChildJvm.SHORT_RUN, "-javaagent:" + ChildJvm.AGENT + "=detect=race,report=" + report,
                "-cp", ChildJvm.TEST_CLASSES.toString(), pkg + "." + program));
        assertEquals(0, result.exitStatus(), result.stderr());
        expected.assertReport(report, result.stderr());
    }
}
