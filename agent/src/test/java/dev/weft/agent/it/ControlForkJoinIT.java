package dev.weft.agent.it;

import static dev.weft.agent.it.ControlBlockingIT.assertReplayable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.agent.it.ControlIT.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Controlled runs of programs whose tasks the JDK would run in the common pool or a fork/join pool: the
 * tasks run in threads of the scheduling model, so each run is exactly replayable and gives the same schedule
 * every time; outside controlled runs the programs run as they do without weft.
 */
class ControlForkJoinIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void asyncStagesWithoutAnExecutorGiveTheSameScheduleFiveTimesOutOfFiveAndReplayExactly() throws Exception {
        assertReplayable("AsyncChain", "seed=7,quantum=1", "result d=25 total 11103");
    }

    @Test
    void outsideControlledRunsAsyncStagesRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("AsyncChain");
    }

    @Test
    void forkJoinTasksInPoolsAndTheCommonPoolGiveTheSameScheduleFiveTimesOutOfFiveAndReplayExactly() throws Exception {
        assertReplayable("ForkJoinSums", "seed=1,quantum=1", "sums 300 78 222 36 100 164 ended true");
    }

    @Test
    void outsideControlledRunsForkJoinTasksRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ForkJoinSums");
    }

    @Test
    void aWorkerBlockedInACallLetsItsPoolMakeASpareWorkerAsTheJdksPoolsDo() throws Exception {
        assertReplayable("CompensatedPool", "seed=1", "took 42"); // seed 1: the taker waits in the first worker
    }

    @Test
    void aRaceBetweenForkedSubtasksIsFoundWithBothThreadsAndLines() throws Exception {
        Run run = ControlIT.run("ForkJoinRace", "seed=1");
        assertEquals(0, run.result().exitStatus(), run.result().stderr());
        assertTrue(run.result().stdout().contains("leaves 4"), run.result().stdout());
        JsonNode race = run.findings().get(0);
        assertEquals("race", race.path("kind").asText(), run.findings().toString());
        assertEquals("example.app.ForkJoinRace.leaves", race.path("field").asText());
        List<String> accesses = new ArrayList<>();
        race.path("accesses").forEach(a -> accesses.add(a.path("thread").asText() + " " + a.path("site").asText()));
        String line = "example.app.ForkJoinRace$Split.compute(ForkJoinRace.java:11)";
        assertEquals(List.of("ForkJoinPool.commonPool-worker-1 " + line, "main " + line), accesses.stream().sorted().toList());
    }

    @Test
    void aJoinOfATaskNobodyRunsIsADeadlockOfTheModelNamingTheJoin() throws Exception {
        List<String> waits = ControlIT.modelDeadlock("UnforkedJoin", "seed=1");
        assertEquals(1, waits.size(), waits.toString());
        assertTrue(waits.get(0).startsWith("main at example.app.UnforkedJoin.main(UnforkedJoin.java:10) on example.app.UnforkedJoin$One@"),
                waits.toString());
    }

    /** Runs {@code app} without weft and with the agent detecting (no control), side by side: the same output, no finding. */
    static void assertRunsAsWithoutWeft(String app) throws Exception {
        Path report = ChildJvm.freshDir("forkjoin-detect").resolve("report.json");
        List<ChildJvm.Result> runs = TwoAtATime.all(List.of(
                () -> ChildJvm.run(List.of("-cp", ChildJvm.TEST_CLASSES.toString(), "example.app." + app)),
                () -> ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=include=example.app,report=" + report,
                        "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app." + app))));
        ChildJvm.Result plain = runs.get(0);
        ChildJvm.Result detected = runs.get(1);
        assertEquals(0, plain.exitStatus(), plain.stderr());
        assertEquals(0, detected.exitStatus(), detected.stderr());
        assertEquals(plain.stdout(), detected.stdout());
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(0, findings.size(), findings.toString());
    }
}
