package dev.weft.agent.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Races on the contents of the JDK's non-thread-safe collections ({@code example.collections}, in the test
 * sources): two threads calling {@code add} on one {@code ArrayList}, {@code get}/{@code put} on one
 * {@code HashMap}, {@code append} on one {@code StringBuilder}..., each with correct twins (a lock, a
 * synchronized wrapper, a concurrent map, hand-offs, a static initializer, thread confinement, a subclass
 * with synchronized methods) that must stay silent. The expectations are written as {@link ExpectedRaces} says,
 * with {@code collection=CLASS}. The programs run {@linkplain ProgramBatches several to a JVM}, as {@link RaceHuntIT}'s.
 */
class CollectionRaceIT {

    private static final Path SOURCES = Path.of("src/test/java/example/collections").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> reportsExactlyTheExpectedRaces() throws IOException {
        return RaceHuntIT.inBatches(SOURCES, "example.collections");
    }
}
