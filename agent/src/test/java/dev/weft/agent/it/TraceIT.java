package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.WeftCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run recorded with {@code trace=PATH} and analysed offline with {@code weft analyze} gives the same
 * findings, with the same ids, as the agent reported live: deadlocks and lock-order inversions of monitors, read-write
 * locks and a synchronized wrapper's mutex taken inside the JDK, races and their absence.
 */
class TraceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Programs of the race hunts, each with the number of races it has, whose edges a trace once lacked or whose
     * accesses it recorded otherwise than the live detector checks them (docs/happens-before.md, "Nineteenth
     * session: trace parity"): a static initializer's hand-off and accesses, optimistic reads, a {@code StampedLock}'s
     * views, a lock subclass's {@code super.lock()}, a {@code ConcurrentHashMap} call's key hash, collections' contents with and without a synchronized wrapper,
     * bulk array calls, a shutdown hook (those last: the hooks run when the JVM exits). A correct program and a racy
     * twin each.
     */
    private static final Map<String, Integer> PARITY_PROGRAMS = orderedMap(
            "apphunt.ConfigHolderQueue", 0, "apphunt.ConfigHolderQueueLate", 1, "apphunt.SpellCheckParallelInit", 0,
            "racehunt.PluginIdsStaticInitLocked", 0, "racehunt.PluginIdsStaticInit", 1,
            "apphunt.ThermostatConvertOptimistic", 0, "apphunt.ThermostatConvertOptimisticLate", 1,
            "apphunt.TransitMapNestedOptimistic", 0, "apphunt.TransitMapNestedOptimisticCounted", 1,
            "apphunt.ElevatorPositionsStamped", 0, "apphunt.KioskWriteLockCondition", 0,
            "racehunt.MeteredTimedLock", 0, "racehunt.MeteredTimedLockRace", 1,
            "racehunt.RouteKeyHashFinalConcurrentMap", 0, "racehunt.RouteKeyHashConcurrentMap", 1,
            "collections.ListAddLocked", 0, "collections.ListAddRace", 1,
            "collections.SynchronizedMapIteratedLocked", 0, "collections.SynchronizedListIteratedUnlocked", 1,
            "racehunt.ArraysSetAllResetLocked", 0, "racehunt.ArraysSetAllReset", 1,
            "apphunt.ExitSummaryFixed", 0, "apphunt.ExitSummary", 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "example.app.DispatchLogDeadlock, tests, ',onDeadlock=halt', 1",
            "dev.weft.samples.deadlock.ReadWriteLockDeadlock, samples, ',onDeadlock=halt', 1",
            "dev.weft.samples.race.LostUpdateCounter, samples, '', 1",
            "dev.weft.samples.race.BlockingQueueHandOff, samples, '', 0",
            "example.app.DispatchLogInversion, tests, ',detect=deadlock+lock-order', 1",
            "example.app.NeverDeadlockingOrders, tests, '', 0",
            "dev.weft.samples.deadlock.StampedLockUpgradeDeadlock, samples, ',onDeadlock=halt', 1",
            "dev.weft.samples.deadlock.StampedLockUpgradeConverted, samples, '', 0"})
    void aRecordedTraceAnalysedOfflineGivesTheFindingsTheAgentReported(String main, String classPath, String options,
                                                                      int findings) throws Exception {
        Path dir = ChildJvm.freshDir("trace");
        Path trace = dir.resolve("run.weft");
        Path live = dir.resolve("live.json");
        String cp = classPath.equals("samples") ? ChildJvm.SAMPLES.toString() : ChildJvm.TEST_CLASSES.toString();
        ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + live + ",trace=" + trace + options, "-cp", cp, main));

        Path offline = analyze(trace);

        Set<String> liveIds = ids(live);
        assertEquals(findings, liveIds.size(), "live findings: " + Files.readString(live));
        assertEquals(liveIds, ids(offline), "live " + Files.readString(live) + "\noffline " + Files.readString(offline));
    }

    @Test
    void programsOfEveryEdgeTheTraceOnceLackedGiveTheLiveFindingsOffline() throws Exception {
        assertLiveFindingsOffline("trace-parity", PARITY_PROGRAMS);
    }

    /**
     * Runs {@code programs} (each with the number of races it has) in one JVM under the agent, recording a trace, and
     * checks the live races per program and that the trace analysed offline gives the live findings.
     */
    private static void assertLiveFindingsOffline(String name, Map<String, Integer> programs) throws Exception {
        Path dir = ChildJvm.freshDir(name);
        Path trace = dir.resolve("run.weft");
        Path live = dir.resolve("live.json");
        List<String> command = new ArrayList<>(List.of(ChildJvm.SHORT_RUN, "-javaagent:" + ChildJvm.AGENT + "=detect=race,report=" + live
                + ",trace=" + trace, "-cp", ChildJvm.TEST_CLASSES.toString(), ProgramsInTurn.class.getName()));
        programs.keySet().forEach(program -> command.add("example." + program));
        ChildJvm.Result run = ChildJvm.run(ChildJvm.java(), command, Duration.ofMinutes(5));
        assertEquals(0, run.exitStatus(), run.stderr());

        Path offline = analyze(trace);
        Map<String, Integer> racesByProgram = new HashMap<>();
        for (JsonNode finding : JSON.readTree(live.toFile()).path("findings")) {
            String site = finding.path("accesses").path(0).path("site").asText();
            racesByProgram.merge(site.substring(site.lastIndexOf('(') + 1, site.indexOf(".java")), 1, Integer::sum);
        }
        programs.forEach((program, races) -> assertEquals(races, racesByProgram.getOrDefault(program.substring(program.indexOf('.') + 1), 0),
                () -> program + "'s live races: " + racesByProgram));
        assertEquals(ids(live), ids(offline), "live " + Files.readString(live) + "\noffline " + Files.readString(offline));
    }

    /** Runs {@code weft analyze} on {@code trace}: the offline report, beside it. */
    private static Path analyze(Path trace) {
        Path offline = trace.resolveSibling("offline.json");
        StringWriter out = new StringWriter();
        var cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        assertEquals(0, cli.execute("analyze", trace.toString(), "--json", offline.toString()), out.toString());
        return offline;
    }

    private static Map<String, Integer> orderedMap(Object... programsAndCounts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < programsAndCounts.length; i += 2) {
            map.put((String) programsAndCounts[i], (Integer) programsAndCounts[i + 1]);
        }
        return map;
    }

    private static Set<String> ids(Path report) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode finding : JSON.readTree(report.toFile()).path("findings")) {
            ids.add(finding.path("id").asText());
        }
        return ids;
    }

    /** A {@code ConcurrentHashMap}'s keyed functions hand over per key in a trace as live (twenty-first session). */
    @Test
    void keyedFunctionsOfAConcurrentMapGiveTheLiveFindingsOffline() throws Exception {
        assertLiveFindingsOffline("trace-map-keys", orderedMap(
                "racehunt.RestockComputeOtherKeysLocked", 0, "racehunt.RestockComputeOtherKeys", 1,
                "racehunt.TranslationsComputeIfAbsentAtomic", 0, "racehunt.TranslationsComputeIfAbsentCounted", 1,
                "racehunt.VotesMergeSameKey", 0, "racehunt.VotesMergeOtherKeys", 1,
                "racehunt.RestockComputeSameKey", 0, "racehunt.ComputeInsideMap", 0, "racehunt.SessionStatsMerge", 0));
    }
}
