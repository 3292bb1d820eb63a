package dev.weft.agent.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Race detection on programs written to hunt for false and missed races ({@code example.racehunt}, in
 * the test sources): each runs in a child JVM with {@code detect=race}, and its report must hold exactly
 * what the program's {@code // weft: expect} line says ({@link ExpectedRaces}). The programs run
 * {@linkplain ProgramBatches several to a JVM}, each still a test of its own.
 */
class RaceHuntIT {

    private static final Path SOURCES = Path.of("src/test/java/example/racehunt").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRaces() throws IOException {
        return inBatches(SOURCES, "example.racehunt");
    }

    /** The programs of package {@code pkg} in {@code sources}, run under the agent with {@code detect=race}: each exits with status 0, its findings as expected. */
    static Stream<DynamicTest> inBatches(Path sources, String pkg) throws IOException {
        return ProgramBatches.tests(ExpectedRaces.allIn(sources), program -> false, pkg, batch -> 0, (report, programs, timeout) -> {
            List<String> command = new ArrayList<>(List.of(ChildJvm.SHORT_RUN, "-javaagent:" + ChildJvm.AGENT + "=detect=race,report=" + report,
                    "-cp", ChildJvm.TEST_CLASSES.toString()));
            command.addAll(programs);
            return ChildJvm.run(ChildJvm.java(), command, timeout);
        });
    }
}
