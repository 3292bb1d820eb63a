package dev.weft.agent.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Races on the contents of the JDK's non-thread-safe collections ({@code example.collections}, in the test
 * sources): two threads calling {@code add} on one {@code ArrayList}, {@code get}/{@code put} on one
 * {@code HashMap}, {@code append} on one {@code StringBuilder}..., each with correct twins (a lock, a
 * synchronized wrapper, a concurrent map, hand-offs, a static initializer, thread confinement, a subclass
 * with synchronized methods) that must stay silent. The expectations are written as {@link ExpectedRaces} says,
 * with {@code collection=CLASS}.
 */
class CollectionRaceIT {

    private static final Path SOURCES = Path.of("src/test/java/example/collections").toAbsolutePath();

    static Stream<String> programs() throws IOException {
        return ExpectedRaces.programsIn(SOURCES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void reportsExactlyTheExpectedRaces(String program) throws Exception {
        RaceHuntIT.check(SOURCES, "example.collections", program);
    }
}
