package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Weft as a gate on a real JUnit Platform run in a child JVM (the launcher, as Surefire and Gradle use it):
 * the racy, the deadlocking and the lock-order-inverting test fail with weft's message, the others pass,
 * the report names the tests, and a race between threads a finished test leaked is blamed on no test.
 */
class JUnitRunIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECKS = "example.tests.CounterChecks";
    private static final String LEAKS = "example.tests.LeakChecks";

    private static ChildJvm.Result result;
    private static JsonNode report;

    @BeforeAll
    static void runTheTests() throws Exception {
        Path dir = ChildJvm.freshDir("junit-run");
        Path reportFile = dir.resolve("report.json");
        result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + reportFile + ",include=example.tests",
                "-cp", classPath(), "example.tests.RunTests", CHECKS, LEAKS));
        report = JSON.readTree(reportFile.toFile());
    }

    /** The test classes and the JUnit Platform jars this test runs with. */
    static String classPath() throws Exception {
        List<String> path = new ArrayList<>(List.of(ChildJvm.TEST_CLASSES.toString()));
        for (String type : List.of("org.junit.platform.launcher.Launcher", "org.junit.platform.engine.TestEngine",
                "org.junit.platform.commons.util.ReflectionUtils", "org.junit.jupiter.engine.JupiterTestEngine",
                "org.junit.jupiter.api.Test", "org.opentest4j.AssertionFailedError", "org.apiguardian.api.API")) {
            path.add(Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, path);
    }

    private static Map<String, String> outcomes() {
        return result.stdout().lines().filter(l -> l.startsWith("TEST ")).map(l -> l.split(" ", 4))
                .collect(Collectors.toMap(p -> p[2], p -> p[1] + (p.length > 3 ? " " + p[3] : ""), (a, b) -> a, TreeMap::new));
    }

    @Test
    void exactlyTheRacyTheDeadlockingAndTheInvertingTestFailWithWeftsMessageAndTheRunGoesOn() {
        assertTrue(result.stdout().contains("RUN ENDED"), "the run went on past the deadlock: " + result.stderr());
        Map<String, String> outcomes = outcomes();
        assertEquals(Map.of(
                CHECKS + "#deadlockingTransfer", "FAILED weft: deadlock detected during execution of this test",
                CHECKS + "#lockedIncrement", "SUCCESSFUL",
                CHECKS + "#nestsTwoLocksInOppositeOrders", "FAILED weft: potential deadlock (lock-order inversion) detected during execution of this test",
                CHECKS + "#plainArithmetic", "SUCCESSFUL",
                CHECKS + "#racyIncrement", "FAILED weft: race detected during execution of this test",
                LEAKS + "#leavesThreadsBehind", "SUCCESSFUL",
                LEAKS + "#runsWhileTheyRace", "SUCCESSFUL"),
                outcomes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().replaceAll(" \\((race|deadlock|lock-order):[0-9a-f]+\\)$", ""))),
                result.stderr());
        assertEquals(0, result.exitStatus(), "failed tests are the signal, not the exit status");
    }

    @Test
    void theReportNamesTheTestOfEachFindingAndBlamesNoTestForALeakedThread() {
        Map<String, String> byField = new TreeMap<>();
        for (JsonNode finding : report.path("findings")) {
            String what = finding.path("kind").asText() + " " + finding.path("field").asText("");
            JsonNode test = finding.path("test");
            byField.put(what.strip(), test.isNull() ? "outside: " + finding.path("outsideTest").asText()
                    : test.path("class").asText() + "#" + test.path("method").asText() + " [" + test.path("displayName").asText()
                      + "] " + test.path("uniqueId").asText());
        }
        assertEquals(Map.of(
                "deadlock", CHECKS + "#deadlockingTransfer [deadlockingTransfer()] [engine:junit-jupiter]/[class:" + CHECKS
                        + "]/[method:deadlockingTransfer()]",
                "lock-order", CHECKS + "#nestsTwoLocksInOppositeOrders [nestsTwoLocksInOppositeOrders()] [engine:junit-jupiter]/[class:"
                        + CHECKS + "]/[method:nestsTwoLocksInOppositeOrders()]",
                "race example.tests.CounterChecks$Counter.value", CHECKS + "#racyIncrement [two threads count without a lock]"
                        + " [engine:junit-jupiter]/[class:" + CHECKS + "]/[method:racyIncrement()]",
                "race example.tests.LeakChecks.leaked", "outside: in a thread leaked by test " + LEAKS
                        + ".leavesThreadsBehind(), after that test ended"),
                byField);
    }

    @Test
    void aTestWhoseOwnThreadDeadlocksIsReportedFailedAndHaltEndsTheStuckRun() throws Exception {
        Path reportFile = ChildJvm.freshDir("junit-runner-deadlock").resolve("report.json");
        ChildJvm.Result stuck = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + reportFile
                        + ",include=example.tests,onDeadlock=halt", "-cp", classPath(), "example.tests.RunTests",
                "example.tests.RunnerDeadlockChecks"));

        assertEquals(66, stuck.exitStatus(), stuck.stderr());
        assertTrue(stuck.stdout().contains("TEST FAILED example.tests.RunnerDeadlockChecks#deadlocksItsOwnThread"
                + " weft: deadlock detected during execution of this test"), stuck.stdout() + stuck.stderr());
        JsonNode deadlock = JSON.readTree(reportFile.toFile()).path("findings").get(0);
        assertEquals("deadlocksItsOwnThread", deadlock.path("test").path("method").asText());
    }

    @Test
    void failOnEndsTheJvmWith66OnlyForFindingsOutsideAnyTest() throws Exception {
        Path dir = ChildJvm.freshDir("junit-fail-on");
        ChildJvm.Result leaks = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + dir.resolve("leaks.json")
                + ",include=example.tests,failOn=race", "-cp", classPath(), "example.tests.RunTests", LEAKS));
        assertEquals(66, leaks.exitStatus(), "a race no test failed for: " + leaks.stderr());
        assertTrue(leaks.stdout().contains("TEST SUCCESSFUL " + LEAKS + "#runsWhileTheyRace"), leaks.stdout());

        ChildJvm.Result racy = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + dir.resolve("racy.json")
                + ",include=example.tests,failOn=race;deadlock", "-cp", classPath(), "example.tests.RunTests", CHECKS));
        assertEquals(0, racy.exitStatus(), "the race failed its test, which is the signal: " + racy.stderr());
        assertTrue(racy.stdout().contains("TEST FAILED " + CHECKS + "#racyIncrement weft: race detected"), racy.stdout());
        assertTrue(racy.stdout().contains("TEST SUCCESSFUL " + CHECKS + "#nestsTwoLocksInOppositeOrders"), "lock-order is not a failOn kind");
    }

    @Test
    void theDeadlockAndTheRaceCarryTheirLines() throws Exception {
        List<String> source = Files.readAllLines(Path.of("src/test/java/example/tests/CounterChecks.java"));
        String raceLine = "CounterChecks.java:" + (1 + source.indexOf(source.stream().filter(l -> l.contains("// weft: race")).findFirst().orElseThrow()));
        String deadlockLine = "CounterChecks.java:" + (1 + source.indexOf(source.stream().filter(l -> l.contains("// weft: deadlock")).findFirst().orElseThrow()));
        String sites = Stream.of(report.path("findings").findValuesAsText("site"), report.path("findings").findValuesAsText("waitSite"))
                .flatMap(List::stream).collect(Collectors.joining(" "));
        assertTrue(sites.contains(raceLine), raceLine + " in " + sites);
        assertTrue(sites.contains(deadlockLine), deadlockLine + " in " + sites);
    }
}
