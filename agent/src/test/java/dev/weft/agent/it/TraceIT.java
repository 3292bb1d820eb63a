package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.WeftCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run recorded with {@code trace=PATH} and analysed offline with {@code weft analyze} gives the same
 * findings, with the same ids, as the agent reported live.
 */
class TraceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dev.weft.samples.deadlock.SynchronizedTransferDeadlock, samples, ',onDeadlock=halt', 1",
            "dev.weft.samples.deadlock.ReadWriteLockDeadlock, samples, ',onDeadlock=halt', 1",
            "dev.weft.samples.race.LostUpdateCounter, samples, '', 1",
            "dev.weft.samples.race.BlockingQueueHandOff, samples, '', 0",
            "example.app.LockOrderInversion, tests, '', 1",
            "example.app.NeverDeadlockingOrders, tests, '', 0"})
    void aRecordedTraceAnalysedOfflineGivesTheFindingsTheAgentReported(String main, String classPath, String options,
                                                                      int findings) throws Exception {
        Path dir = ChildJvm.freshDir("trace");
        Path trace = dir.resolve("run.weft");
        Path live = dir.resolve("live.json");
        String cp = classPath.equals("samples") ? ChildJvm.SAMPLES.toString() : ChildJvm.TEST_CLASSES.toString();
        ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + live + ",trace=" + trace + options, "-cp", cp, main));

        Path offline = dir.resolve("offline.json");
        StringWriter out = new StringWriter();
        var cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        assertEquals(0, cli.execute("analyze", trace.toString(), "--json", offline.toString()), out.toString());

        Set<String> liveIds = ids(live);
        assertEquals(findings, liveIds.size(), "live findings: " + Files.readString(live));
        assertEquals(liveIds, ids(offline), "live " + Files.readString(live) + "\noffline " + out);
    }

    private static Set<String> ids(Path report) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode finding : JSON.readTree(report.toFile()).path("findings")) {
            ids.add(finding.path("id").asText());
        }
        return ids;
    }
}
