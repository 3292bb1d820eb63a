package dev.weft.agent.it;

import static dev.weft.agent.it.ControlBlockingIT.assertReplayable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
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

    /** Runs {@code app} without weft and with the agent detecting (no control): the same output, no finding. */
    private static void assertRunsAsWithoutWeft(String app) throws Exception {
        ChildJvm.Result plain = ChildJvm.run(List.of("-cp", ChildJvm.TEST_CLASSES.toString(), "example.app." + app));
        assertEquals(0, plain.exitStatus(), plain.stderr());
        Path report = ChildJvm.freshDir("forkjoin-detect").resolve("report.json");
        ChildJvm.Result detected = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=include=example.app,report=" + report,
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app." + app));
        assertEquals(0, detected.exitStatus(), detected.stderr());
        assertEquals(plain.stdout(), detected.stdout());
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(0, findings.size(), findings.toString());
    }
}
