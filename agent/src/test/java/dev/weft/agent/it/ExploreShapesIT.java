package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code weft explore} and {@code replay} on programs shaped around the JDK's concurrency machinery in controlled
 * mode ({@code example.exploreshapes}, in the test sources): a cached pool, {@code CompletableFuture} stages on the
 * common pool and on a custom executor, a parallel stream, timed {@code Condition.await} and {@code BlockingQueue.poll},
 * {@code wait(timeout)} holding another monitor, a {@code java.util.Timer}, a timed {@code tryLock} that gives up, a
 * virtual-thread-per-task executor (under a JDK 21 or newer, when one is installed) and a JUnit test on a pool; the
 * other programs of the package are in the table of docs/scheduling.md ("Program shapes"). Each buggy program is searched with a fixed strategy and seed and must be found
 * within a small budget; its schedule replays twice to the same finding; a correct twin gives nothing, and no run
 * hangs.
 */
class ExploreShapesIT {

    private static final String PACKAGE = "example.exploreshapes.";
    private static final Path SOURCES = Path.of("src/test/java/example/exploreshapes").toAbsolutePath();
    private static final Path SOURCES_21 = Path.of("src/test/resources/jdk21/example/exploreshapes").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A search of {@code program} with {@code strategy} and {@code seed}; {@code jdk21} when it needs a newer JDK. */
    private record Search(String program, String strategy, int seed, boolean jdk21) {
        Search(String program, String strategy, int seed) {
            this(program, strategy, seed, false);
        }

        @Override
        public String toString() {
            return program + " (" + strategy + ", seed " + seed + ")";
        }
    }

    @TestFactory
    Stream<DynamicTest> exploreFindsTheBugAndItsScheduleReplaysIt() {
        List<Search> searches = List.of(
            new Search("CommonPoolStatus", "alternate", 1), // its async thread ran its stage beside main: not replayable
            new Search("CachedPoolTransfer", "alternate", 1),
            new Search("CustomExecutorStages", "pct", 1),
            new Search("ParallelStreamSum", "alternate", 1),
            new Search("AwaitTimeoutIgnored", "pct", 1), // a timed await that times out early
            new Search("PollTimeoutDrain", "alternate", 1), // a timed poll that times out early
            new Search("WaitHoldingOuter", "alternate", 1),
            new Search("TimerLastRun", "alternate", 1), // its timer's thread waited by the clock in the JDK: not replayable
            new Search("TryLockAnyway", "pct", 1), // its early timeout was lost when the holder unlocked first
            new Search("VirtualExecutorLocks", "alternate", 1, true), // its threads had no name in the finding
            new Search("ExportJoinDeadline", "pct", 8, true) // join(Duration) waited by the clock: never timed out, never found
        );
        return TwoAtATime.tests(searches, Search::toString, ExploreShapesIT::findsTheBugAndReplaysIt);
    }

    private static void findsTheBugAndReplaysIt(Search search) throws Exception {
        String program = search.program();
        String classPath = ChildJvm.TEST_CLASSES.toString();
        Path java = ChildJvm.java();
        Path sources = SOURCES;
        if (search.jdk21()) {
            Optional<Path> jdk = NewerJdkIT.newestJdk();
            assumeTrue(jdk.isPresent(), "no JDK 21 or newer installed beside " + System.getProperty("java.home"));
            java = jdk.get().resolve("bin/java");
            sources = SOURCES_21;
            classPath = compiled(jdk.get(), sources.resolve(program + ".java")).toString();
        }
        ExploreHuntIT.Weft weft = new ExploreHuntIT.Weft(PACKAGE, java);
        Matcher expect = ExploreHuntIT.EXPECT.matcher(Files.readString(sources.resolve(program + ".java")));
        assertTrue(expect.find(), "no '// weft: expect' line in " + program);
        Path dir = ChildJvm.freshDir("exploreshapes-" + program);
        assertEquals(66, weft.on(classPath, List.of("explore", "--iterations", "10", "--strategy", search.strategy(), "--seed",
                Integer.toString(search.seed()), "--out", dir.toString()), PACKAGE + program), weft.printed());
        String printed = weft.out();
        Matcher found = ExploreHuntIT.FOUND.matcher(printed);
        assertTrue(found.find(), printed);
        assertEquals(expect.group(1).split(" ")[0], found.group(1), printed);
        JsonNode run = JSON.readTree(dir.resolve("iteration-" + found.group(2) + ".json").toFile());
        JsonNode first = ExploreHuntIT.firstFinding(run);
        ExploreHuntIT.assertFinding(expect, program, first);
        ExploreHuntIT.assertTimedOutEarlyWhereMarked(sources.resolve(program + ".java"), run);
        assertTrue(run.path("control").path("replayable").asBoolean(), printed);
        for (JsonNode again : ExploreHuntIT.replaysGiveItAgain(weft, classPath, dir, first, PACKAGE + program)) {
            assertTrue(again.path("control").path("replayable").asBoolean(), again.path("control").toString());
        }
    }

    /**
     * The correct twins: a poll loop that ends on a poison pill, not on a timeout, a timer's task that stamps under the
     * lock main stamps under, and a JUnit test that counts under a lock on a pool it shuts down and awaits (and its
     * racy sibling, found).
     */
    @TestFactory
    Stream<DynamicTest> correctTwinsGiveNothingAndTheRacyTestIsFound() {
        return TwoAtATime.tests(List.of("PollUntilPoisonPill", "TimerLastRunLocked", "tests.ReportJobChecks"), name -> name, name -> {
            ExploreHuntIT.Weft weft = new ExploreHuntIT.Weft(PACKAGE, ChildJvm.java());
            if (name.startsWith("tests.")) {
                String tests = PACKAGE + name;
                String classPath = JUnitRunIT.classPath();
                assertEquals(66, weft.on(classPath, List.of("explore", "--test", tests + "#rowsCountedOnAPool", "--iterations", "5", "--seed", "1",
                        "--out", ChildJvm.freshDir("exploreshapes-test").toString())), weft.printed());
                assertTrue(weft.out().contains("data race on " + tests + ".rows between "), weft.out());
                assertEquals(0, weft.on(classPath, List.of("explore", "--test", tests + "#rowsCountedUnderALock", "--iterations", "3", "--seed", "1",
                        "--out", ChildJvm.freshDir("exploreshapes-test").toString())), weft.printed());
                assertTrue(weft.out().startsWith("weft explore: no finding in 3 schedules"), weft.out());
            } else {
                assertEquals(0, weft.on(ChildJvm.TEST_CLASSES.toString(), List.of("explore", "--iterations", "3", "--seed", "1", "--run-timeout", "30s",
                        "--out", ChildJvm.freshDir("exploreshapes-" + name).toString()), PACKAGE + name), weft.printed());
                assertTrue(weft.out().startsWith("weft explore: no finding in 3 schedules (strategy alternate, seeds 1..3, "), weft.out());
            }
        });
    }

    /** The classes of {@code source}, compiled by {@code jdk}'s {@code javac}. */
    private static Path compiled(Path jdk, Path source) throws Exception {
        Path classes = ChildJvm.freshDir("exploreshapes-classes");
        Process javac = new ProcessBuilder(jdk.resolve("bin/javac").toString(), "-d", classes.toString(), source.toString())
                .redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes());
        assertEquals(0, javac.waitFor(), output);
        return classes;
    }
}
