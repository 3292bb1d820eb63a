package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.tools.attach.VirtualMachine;
import dev.weft.cli.SampleRun;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import net.bytebuddy.ByteBuddy;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The agent jar's make-up, its options, and that it leaves the applications it watches alone. */
class AgentBootIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agentJarHoldsOnlyWeftClassesWithEveryDependencyRelocated() throws Exception {
        try (JarFile jar = new JarFile(ChildJvm.AGENT.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertEquals("dev.weft.agent.WeftAgent", manifest.getValue("Premain-Class"));
            assertEquals("dev.weft.agent.WeftAgent", manifest.getValue("Agent-Class"));
            assertEquals("true", manifest.getValue("Can-Retransform-Classes"));
            boolean runtimeEmbedded = false;
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                assertTrue(name.equals("dev/") || name.startsWith("dev/weft/") || name.startsWith("META-INF/"), "unrelocated entry " + name);
                assertFalse(name.startsWith("dev/weft/runtime/"), "runtime classes must only be on bootstrap: " + name);
                runtimeEmbedded |= name.equals("dev/weft/agent/weft-runtime.jar.bin");
            }
            assertTrue(runtimeEmbedded, "the runtime hooks jar is embedded");
        }
    }

    /**
     * HotSpot compiles a method only if it can prove its monitors balanced; a rewrite that breaks that proof
     * leaves the method in the interpreter for the whole run, many times slower.
     */
    @ParameterizedTest
    @ValueSource(strings = {"detect=deadlock", "detect=race"})
    void synchronizedBlockIsStillCompiledByTheTopTier(String options) throws Exception {
        ChildJvm.Result result = ChildJvm.run(List.of("-XX:+PrintCompilation", "-javaagent:" + ChildJvm.AGENT + "=" + options,
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.HotSynchronizedBlock"));
        assertEquals(0, result.exitStatus(), result.stderr());
        List<String> compilations = result.stdout().lines().filter(l -> l.contains("example.app.HotSynchronizedBlock::bump ")).toList();
        assertTrue(compilations.stream().anyMatch(l -> l.matches(".*\\s4\\s+example\\.app\\.HotSynchronizedBlock::bump .*") && !l.contains("SKIPPED")),
                "compiled by C2: " + compilations);
        assertFalse(compilations.stream().anyMatch(l -> l.contains("cannot parse method") || l.contains("invalid parsing")), compilations.toString());
    }

    @Test
    void bothModesKeepC2OffOnlyTheTransformingCode() throws Exception {
        String directive = "matching: dev/weft/shaded/bytebuddy/*.*, dev/weft/shaded/asm/*.*, dev/weft/agent/instrument/*.*";
        for (String detect : List.of("race", "deadlock")) {
            ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=detect=" + detect,
                    "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.CompilerDirectives"));
            assertEquals(0, result.exitStatus(), result.stderr());
            assertTrue(result.stdout().contains(directive), detect + ": " + result.stdout());
        }
    }

    @Test
    void unknownOptionStopsTheJvmBeforeMainWithOneLineAndStatus2() throws Exception {
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=x.json,colour=blue",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.DaemonDeadlock", "0"));
        assertEquals(2, result.exitStatus());
        assertEquals("", result.stdout(), "main must not run");
        List<String> lines = result.stderr().lines().toList();
        assertEquals(1, lines.size(), result.stderr());
        assertTrue(lines.get(0).startsWith("weft: unknown option 'colour' (valid: report, detect, include, exclude, onDeadlock"), lines.get(0));
    }

    @Test
    void malformedValueNamesTheOptionAndTheValidValues() throws Exception {
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=onDeadlock=explode",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.DaemonDeadlock", "0"));
        assertEquals(2, result.exitStatus());
        assertEquals("weft: bad value for onDeadlock: 'explode' (valid: continue, halt)", result.stderr().strip());
    }

    @Test
    void applicationWithItsOwnByteBuddyAndJGraphTRunsUnchanged() throws Exception {
        String classPath = String.join(File.pathSeparator, ChildJvm.TEST_CLASSES.toString(), jarOf(ByteBuddy.class), jarOf(Graph.class));
        List<String> app = List.of("-cp", classPath, "example.app.UsesOwnByteBuddy");
        ChildJvm.Result plain = ChildJvm.run(app);
        Path report = ChildJvm.freshDir("own-bb").resolve("report.json");
        ChildJvm.Result watched = ChildJvm.run(concat(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report), app));
        assertEquals(0, plain.exitStatus(), plain.stderr());
        assertEquals(0, watched.exitStatus(), watched.stderr());
        assertEquals("generated by the app's Byte Buddy\ncycle: true\n", watched.stdout());
        assertEquals(plain.stdout(), watched.stdout());
        assertEquals("", watched.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size());
    }

    @Test
    void failOnDeadlockMakesTheJvmExitWith66AtTheEndWithTheReportOnDisk() throws Exception {
        Path report = ChildJvm.freshDir("fail-on").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",failOn=deadlock",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.DaemonDeadlock"));
        assertEquals(66, result.exitStatus(), result.stderr());
        assertTrue(result.stdout().contains("main done"), "the program ran to its end");
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(1, findings.size());
        assertEquals("deadlock", findings.get(0).path("kind").asText());
    }

    @Test
    void withoutFailOnTheApplicationsOwnExitStatusIsKept() throws Exception {
        Path report = ChildJvm.freshDir("no-fail-on").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report,
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.DaemonDeadlock"));
        assertEquals(0, result.exitStatus(), result.stderr());
        assertTrue(result.stderr().contains("deadlock"), result.stderr());
    }

    @Test
    void deadlockReportIsOnDiskWithinOneSecondOfTheDeadlockForming() throws Exception {
        Path report = ChildJvm.freshDir("latency").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",onDeadlock=halt",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.DaemonDeadlock", "5000"));
        assertEquals(66, result.exitStatus(), result.stderr());
        long formingAt = Long.parseLong(result.stdout().lines().filter(l -> l.startsWith("forming-at=")).findFirst()
                .orElseThrow().substring("forming-at=".length()));
        long writtenAt = Files.getLastModifiedTime(report).toMillis(); // halted: written exactly once
        long bound = 1000 + busyMachineAllowance();
        assertTrue(writtenAt - formingAt < bound, "reported " + (writtenAt - formingAt) + " ms after the deadlock formed (bound "
                + bound + " ms)");
    }

    /**
     * The watchdog needs a CPU to notice a deadlock: on a machine with more runnable threads than cores
     * (parallel builds), half a second more for each excess runnable thread per core, so that the test
     * measures weft, not the machine.
     */
    private static long busyMachineAllowance() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        return load > cores ? (long) (500 * (load - cores) / cores) : 0;
    }

    @Test
    void jvmFallbackReportsADeadlockAmongLocksWeftDidNotInstrument() throws Exception {
        Path report = ChildJvm.freshDir("fallback").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of(
                "-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",exclude=example.app.DaemonDeadlock,onDeadlock=halt",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.DaemonDeadlock", "5000"));
        assertEquals(66, result.exitStatus(), result.stderr());
        JsonNode finding = JSON.readTree(report.toFile()).path("findings").get(0);
        assertEquals("deadlock", finding.path("kind").asText());
        assertEquals("jvm", finding.path("detectedBy").asText());
        assertEquals(Set.of("daemon-a", "daemon-b"), Set.copyOf(SampleRun.threadNames(finding)));
        assertTrue(result.stderr().contains("found by the JVM's own deadlock detection"), result.stderr());
    }

    @Test
    void attachingToAnAlreadyDeadlockedJvmReportsTheDeadlock() throws Exception {
        Path dir = ChildJvm.freshDir("attach");
        Path report = dir.resolve("report.json");
        Process app = new ProcessBuilder(ChildJvm.java().toString(), "-cp", ChildJvm.TEST_CLASSES.toString(),
                "example.app.DaemonDeadlock", "30000").redirectError(dir.resolve("app.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(out.readLine().startsWith("forming-at="), "the app's deadlock is forming");
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(app.pid()));
            try {
                vm.loadAgent(ChildJvm.AGENT.toString(), "report=" + report);
            } finally {
                vm.detach();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(report) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            JsonNode finding = JSON.readTree(report.toFile()).path("findings").get(0);
            assertEquals("deadlock", finding.path("kind").asText());
            assertEquals(Set.of("daemon-a", "daemon-b"), Set.copyOf(SampleRun.threadNames(finding)));
            for (JsonNode thread : finding.path("threads")) {
                assertTrue(thread.path("waitSite").asText().matches(".*\\(DaemonDeadlock\\.java:\\d+\\)"),
                        "the wait site keeps its line: " + thread.path("waitSite").asText());
            }
            assertTrue(app.isAlive(), "onDeadlock=continue leaves the program as it is");
        } finally {
            app.destroyForcibly().waitFor();
        }
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
