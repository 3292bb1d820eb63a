package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Race detection with many threads alive at once: 10,000 tasks, a virtual thread each, on the newest JDK
 * installed beside the build's ({@link NewerJdkIT} finds it; skipped when there is none), in a heap of
 * 256 MB. Thread indices are reused once a task's last access is known to the next, so the clocks stay
 * small: the correct program finishes with its output and no finding, without stopping race detection, and
 * its racy twin's race is still reported, with both sites. When the threads alive at once all know each
 * other, their clocks outgrow the budget: race detection stops with a note, the program finishes
 * ({@code src/test/resources/jdk21/example/manythreads}).
 */
class ManyThreadsIT {

    private static final Path SOURCES = Path.of("src/test/resources/jdk21/example/manythreads").toAbsolutePath();
    private static final String TASKS = "10000";

    @Test
    void tenThousandVirtualThreadsBumpingALockedCounterFinishInA256MbHeapWithNoFinding() throws Exception {
        ChildJvm.Result result = run("ManyTasks", "detect=race").result();

        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals("count " + TASKS, result.stdout().strip(), result.stderr());
        assertFalse(result.stderr().contains("race detection stopped"), result.stderr());
    }

    @Test
    void theirRacyTwinIsReportedWithBothSites() throws Exception {
        ChildJvm.Result result = run("ManyTasksRace", "detect=race,failOn=race").result();

        assertEquals(66, result.exitStatus(), result.stderr());
        assertTrue(result.stdout().startsWith("count "), result.stdout());
    }

    @Test
    void tenThousandThatAllKnowEachOtherAliveAtOnceStopRaceDetectionWithANoteInsteadOfRunningOutOfMemory() throws Exception {
        Run run = run("ManyTasksHeld", "detect=race;deadlock");
        ChildJvm.Result result = run.result();

        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals("count " + TASKS, result.stdout().strip(), result.stderr());
        assertTrue(result.stderr().contains("weft: race detection stopped: "), result.stderr());
        assertTrue(result.stderr().contains("; deadlock detection goes on"), result.stderr());
        assertFalse(result.stderr().contains("OutOfMemoryError"), result.stderr());
        assertTrue(run.report().path("notes").toString().contains("race detection stopped: "), run.report().toString());
    }

    @Test
    void theFanInsRacyTwinIsReported() throws Exception {
        // 2,000 documents: at 10,000 the clocks near the 256 MB heap and a loaded run's collections outlast the timeout
        ChildJvm.Result result = run("WordCountFanInRace", "detect=race,failOn=race", "2000").result();

        assertEquals(66, result.exitStatus(), result.stderr());
        assertTrue(result.stdout().startsWith("words "), result.stdout());
    }

    /** A child JVM's run and the report it wrote. */
    private record Run(ChildJvm.Result result, JsonNode report) { }

    /** Runs {@code example.manythreads.<program>} with 10,000 tasks and asserts its report as its source says. */
    private static Run run(String program, String options) throws Exception {
        return run(program, options, TASKS);
    }

    /** Runs {@code example.manythreads.<program>} with {@code tasks} tasks and asserts its report as its source says. */
    private static Run run(String program, String options, String tasks) throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk();
        assumeTrue(jdk.isPresent(), "no JDK 21 or newer installed beside " + System.getProperty("java.home"));
        Path dir = ChildJvm.freshDir("manythreads");
        Path classes = dir.resolve("classes");
        List<String> javac = new ArrayList<>(List.of(jdk.get().resolve("bin/javac").toString(), "-d", classes.toString()));
        try (Stream<Path> sources = Files.list(SOURCES)) {
            sources.map(Path::toString).forEach(javac::add);
        }
        assertEquals(0, new ProcessBuilder(javac).inheritIO().start().waitFor(), "javac failed: " + javac);
        Path report = dir.resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(jdk.get().resolve("bin/java"), List.of("-Xmx256m",
                "-javaagent:" + ChildJvm.AGENT + "=" + options + ",report=" + report,
                "-cp", classes.toString(), "example.manythreads." + program, tasks));
        ExpectedRaces.of(SOURCES.resolve(program + ".java")).assertReport(report, result.stderr());
        return new Run(result, new ObjectMapper().readTree(report.toFile()));
    }
}
