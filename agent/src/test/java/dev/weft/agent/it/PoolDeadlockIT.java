package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thread-pool deadlocks in plain runs, in child JVMs (docs/scheduling.md, "Twenty-second session: executor
 * self-deadlocks in plain runs"): a pool whose threads all wait for tasks queued behind them, while no thread of the
 * program can go on, is reported as a {@code deadlock} found by the watch over thread pools, in a deadlock-only run and
 * with every detector (which also knows where the queued tasks were submitted); the correct twins (a pool of its own
 * for the awaited work, a cached pool, a timed get that falls back, a task waiting for one that already runs) are not.
 * Each case runs twice.
 */
class PoolDeadlockIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FUTURE = "java.util.concurrent.FutureTask";
    private static final String POOL = "java.util.concurrent.ThreadPoolExecutor";

    private static ChildJvm.Result run(Path report, String options, String program) throws Exception {
        return ChildJvm.run(new ArrayList<>(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + options,
                "-cp", ChildJvm.TEST_CLASSES.toString(), program)));
    }

    /** The threads of the report's one finding, and its locks, each as a line with its class but no identity hash. */
    private static List<String> deadlock(Path report) throws Exception {
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        JsonNode deadlock = findings.get(0);
        assertEquals("deadlock", deadlock.path("kind").asText());
        assertEquals("thread-pools", deadlock.path("detectedBy").asText());
        List<String> lines = new ArrayList<>();
        for (JsonNode thread : deadlock.path("threads")) {
            lines.add(thread.path("name").asText() + " waits for " + thread.path("waitsFor").asText().replaceAll("@.*", "")
                    + " at " + thread.path("waitSite").asText());
        }
        for (JsonNode lock : deadlock.path("locks")) {
            lines.add(lock.path("class").asText() + " (" + lock.path("kind").asText() + ") held by " + texts(lock.path("heldBy"))
                    + ", waited for by " + texts(lock.path("waitedForBy")) + ", submitted at " + texts(lock.path("acquiredAt")));
        }
        return lines;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /**
     * A report task on a one-thread pool waits for the rows task it queued behind itself, main for the report; a worker
     * waits on a latch that a job queued behind it would count down, main for a flush queued last.
     */
    @ParameterizedTest(name = "{0} {1} run {2}")
    @CsvSource({
        "example.explorehunt.NestedTaskSinglePool, ',detect=deadlock', 1",
        "example.explorehunt.NestedTaskSinglePool, ',detect=deadlock', 2",
        "example.explorehunt.NestedTaskSinglePool, '', 1",
        "example.explorehunt.NestedTaskSinglePool, '', 2",
        "example.pools.FlushBehindAssembly, ',detect=deadlock', 1",
        "example.pools.FlushBehindAssembly, ',detect=deadlock', 2",
        "example.pools.FlushBehindAssembly, '', 1",
        "example.pools.FlushBehindAssembly, '', 2"})
    void aPoolWhoseThreadsWaitForTasksQueuedBehindThemIsADeadlock(String program, String options, int run) throws Exception {
        Path report = ChildJvm.freshDir("pool-deadlock").resolve("report.json");
        ChildJvm.Result result = run(report, options + ",onDeadlock=halt", program);
        assertEquals(66, result.exitStatus(), result.stderr());
        boolean sites = options.isEmpty(); // a run that detects races wraps the tasks at submit, and knows where
        List<String> expected;
        if (program.endsWith("NestedTaskSinglePool")) {
            String at = "example.explorehunt.NestedTaskSinglePool.";
            expected = List.of(
                    "pool-1-thread-1 waits for " + FUTURE + " at " + at + "lambda$main$1(NestedTaskSinglePool.java:18)",
                    "main waits for " + FUTURE + " at " + at + "main(NestedTaskSinglePool.java:20)",
                    FUTURE + " (queued-task) held by [], waited for by [pool-1-thread-1], submitted at "
                            + (sites ? "[" + at + "lambda$main$1(NestedTaskSinglePool.java:17)]" : "[]"),
                    FUTURE + " (future) held by [pool-1-thread-1], waited for by [main], submitted at "
                            + (sites ? "[" + at + "main(NestedTaskSinglePool.java:16)]" : "[]"),
                    POOL + " (thread-pool) held by [pool-1-thread-1], waited for by [pool-1-thread-1], submitted at "
                            + (sites ? "[" + at + "lambda$main$1(NestedTaskSinglePool.java:17)]" : "[]"));
        } else {
            String at = "example.pools.FlushBehindAssembly.";
            expected = List.of(
                    "pool-1-thread-1 waits for java.util.concurrent.CountDownLatch$Sync at " + at + "lambda$main$0(FlushBehindAssembly.java:22)",
                    "main waits for " + FUTURE + " at " + at + "main(FlushBehindAssembly.java:30)",
                    "java.util.concurrent.CountDownLatch$Sync (latch) held by [], waited for by [pool-1-thread-1], submitted at []",
                    FUTURE + " (queued-task) held by [], waited for by [main], submitted at "
                            + (sites ? "[" + at + "main(FlushBehindAssembly.java:30)]" : "[]"),
                    POOL + " (thread-pool) held by [pool-1-thread-1], waited for by [main], submitted at "
                            + (sites ? "[" + at + "main(FlushBehindAssembly.java:29), " + at + "main(FlushBehindAssembly.java:30)]" : "[]"));
        }
        assertEquals(expected, deadlock(report));
        assertTrue(result.stderr().contains("no thread of the program can go on to run the tasks queued behind it"), result.stderr());
    }

    /**
     * Two reports on a pool of two, each waiting for its rows queued behind both: a deadlock when the second report takes
     * the second thread before the first report's rows do (most runs), else the program ends, and nothing is reported.
     */
    @ParameterizedTest(name = "run {0}")
    @CsvSource({"1", "2", "3"})
    void twoReportsWaitingForRowsQueuedBehindBothAreADeadlockWhenTheyFormOne(int run) throws Exception {
        Path report = ChildJvm.freshDir("pool-deadlock-two").resolve("report.json");
        ChildJvm.Result result = run(report, ",detect=deadlock,onDeadlock=halt", "example.explorehunt.ReportPoolOfTwo");
        if (result.exitStatus() == 0) {
            assertTrue(result.stdout().contains("daily: 50 rows, weekly: 60 rows"), result.stdout());
            assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
            return;
        }
        assertEquals(66, result.exitStatus(), result.stderr());
        String at = "example.explorehunt.ReportPoolOfTwo.";
        assertEquals(List.of(
                "pool-1-thread-1 waits for " + FUTURE + " at " + at + "report(ReportPoolOfTwo.java:25)",
                "pool-1-thread-2 waits for " + FUTURE + " at " + at + "report(ReportPoolOfTwo.java:25)",
                "main waits for " + FUTURE + " at " + at + "main(ReportPoolOfTwo.java:19)",
                FUTURE + " (queued-task) held by [], waited for by [pool-1-thread-1], submitted at []",
                FUTURE + " (queued-task) held by [], waited for by [pool-1-thread-2], submitted at []",
                FUTURE + " (future) held by [pool-1-thread-1], waited for by [main], submitted at []",
                POOL + " (thread-pool) held by [pool-1-thread-1, pool-1-thread-2], waited for by [pool-1-thread-1, pool-1-thread-2], "
                        + "submitted at []"),
                deadlock(report));
    }

    /**
     * Correct twins: the awaited work on a pool of its own ({@code ReportTwoWorkers}, {@code ReportPoolSeparateRows},
     * {@code FlushSeparateLoader}), a cached pool that makes a thread for the nested task, a timed get that falls back
     * after half a second, and a report waiting for rows that already run while a third task is queued behind both.
     */
    @ParameterizedTest(name = "{0} {1} run {3}")
    @CsvSource({
        "example.explorehunt.ReportTwoWorkers, ',detect=deadlock', report assembled, 1",
        "example.explorehunt.ReportTwoWorkers, '', report assembled, 2",
        "example.explorehunt.ReportPoolSeparateRows, ',detect=deadlock', 'daily: 50 rows, weekly: 60 rows', 1",
        "example.explorehunt.ReportPoolSeparateRows, '', 'daily: 50 rows, weekly: 60 rows', 2",
        "example.pools.FlushSeparateLoader, ',detect=deadlock', report assembled, 1",
        "example.pools.FlushSeparateLoader, '', report assembled, 2",
        "example.pools.CachedPoolNestedReport, ',detect=deadlock', rows: 42, 1",
        "example.pools.CachedPoolNestedReport, '', rows: 42, 2",
        "example.pools.TimedRowsFallBack, ',detect=deadlock', rows: unknown, 1",
        "example.pools.TimedRowsFallBack, '', rows: unknown, 2",
        "example.pools.RowsAlreadyRunning, ',detect=deadlock', 'rows: 42, footer', 1",
        "example.pools.RowsAlreadyRunning, '', 'rows: 42, footer', 2"})
    void aPoolThatCanRunWhatItsThreadsWaitForIsNotReported(String program, String options, String printed, int run) throws Exception {
        endsSilently(program, options, printed);
    }

    /** Runs {@code program} with the agent's {@code options}: it must end with no finding, having printed {@code printed}. */
    static void endsSilently(String program, String options, String printed) throws Exception {
        Path report = ChildJvm.freshDir("pool-silent").resolve("report.json");
        ChildJvm.Result result = run(report, options, program);
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
        assertTrue(result.stdout().contains(printed), result.stdout());
    }

    /**
     * First-rule audit (docs/scheduling.md, "Twenty-second session: first-rule audit of the session's new checks"):
     * correct programs whose pool threads all wait, for a moment or long, while tasks are queued: {@code ShiftHandover}
     * wakes its one-thread pool's shift then waits for it, in many rounds (a woken thread shows {@code WAITING} until
     * the system schedules it: with its worker starved it was reported as a pool deadlock).
     */
    @ParameterizedTest(name = "{0} {1} run {3}")
    @CsvSource({
        "example.pools.ShiftHandover, ',detect=deadlock', 'shifts handed over: 3000', 1",
        "example.pools.ShiftHandover, '', 'shifts handed over: 3000', 2"})
    void correctProgramsWhosePoolThreadsAllWaitAreNotReported(String program, String options, String printed, int run) throws Exception {
        endsSilently(program, options, printed);
    }
}
