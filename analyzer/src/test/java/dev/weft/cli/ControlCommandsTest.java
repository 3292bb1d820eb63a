package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.control.FakeControlAgent;
import dev.weft.cli.control.JUnitCases;
import dev.weft.cli.control.QuietMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import picocli.CommandLine;

/**
 * {@code weft explore}, {@code replay} and {@code confirm} against a stand-in agent
 * ({@link FakeControlAgent}) that plays the controlled mode's side of the contract, so that the CLI's own
 * logic (iterations, exit codes, files, the watchdog, one-line errors) is tested with no real agent. Its tests run two
 * at a time, beside the module's other classes (see the surefire configuration): most of their time goes to waiting
 * for child JVMs and for time bounds.
 */
@Execution(ExecutionMode.CONCURRENT)
class ControlCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path agent;

    @BeforeEach
    void buildFakeAgent() throws IOException {
        agent = dir.resolve("fake-agent.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), FakeControlAgent.class.getName());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(agent), manifest)) {
            String entry = FakeControlAgent.class.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(entry));
            try (var in = FakeControlAgent.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(jar);
            }
            jar.closeEntry();
        }
    }

    private int weft(String... args) {
        CommandLine cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /**
     * The weft arguments, then the agent and -- and a java command running {@link QuietMain} with {@code programArgs};
     * {@code explore} runs a JVM per schedule (the stand-in agent has no launcher of several).
     */
    private String[] args(List<String> weftArgs, String... programArgs) throws URISyntaxException {
        List<String> all = new ArrayList<>(weftArgs);
        if (all.contains("explore")) {
            all.addAll(List.of("--schedules-per-jvm", "1"));
        }
        all.addAll(List.of("--agent", agent.toString(), "--"));
        all.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        all.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", testClasses(), QuietMain.class.getName()));
        all.addAll(List.of(programArgs));
        return all.toArray(String[]::new);
    }

    private static String testClasses() throws URISyntaxException {
        return Path.of(QuietMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private void assertOneLineError(String expectedStart) {
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith(expectedStart), err.toString());
    }

    @Test
    void exploreStopsAtTheFirstFindingAndNamesTheReplayFile() throws Exception {
        Path outDir = dir.resolve("explore");
        assertEquals(66, weft(args(List.of("explore", "--iterations", "10", "--seed", "1", "--out", outDir.toString()))));
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: found a deadlock in iteration 4 after "), printed);
        assertTrue(printed.contains("(strategy pct, seed 4)"), printed); // by default, pct every second iteration
        assertTrue(printed.contains("deadlock of 2 threads between \"teller-1\", \"teller-2\""), printed);
        Path schedule = outDir.resolve("iteration-4.schedule.json");
        assertTrue(printed.contains("replay file: " + schedule), printed);
        assertTrue(Files.isRegularFile(schedule));
        assertFalse(Files.exists(outDir.resolve("iteration-3.json")), "files of iterations without findings are removed");
    }

    @Test
    void exploreSaysHowManySchedulesItTriedWhenItFindsNothing() throws Exception {
        assertEquals(0, weft(args(List.of("explore", "--iterations", "2", "--seed", "1", "--strategy", "pct", "--out", dir.toString()))));
        assertTrue(out.toString().startsWith("weft explore: no finding in 2 schedules (strategy pct, seeds 1..2, "), out.toString());
    }

    @Test
    void explorePassesPctTheLongestRunSeenSoFar() throws Exception {
        Path log = dir.resolve("steps.log");
        assertEquals(0, weft(args(List.of("explore", "--iterations", "3", "--seed", "1", "--strategy", "pct",
                "-o", "bugEvery=1000000", "-o", "stepsLog=" + log, "--out", dir.toString()))));
        assertEquals(List.of("pct none hold=nested", "pct 10", "pct 20"), Files.readAllLines(log), "the fake agent's runs make 10 choices a seed");
    }

    @Test
    void exploreAlternatesRandomAndPctByDefaultAndPctLearnsFromTheRandomRunsToo() throws Exception {
        Path log = dir.resolve("steps.log");
        assertEquals(0, weft(args(List.of("explore", "--iterations", "4", "--seed", "1",
                "-o", "bugEvery=1000000", "-o", "stepsLog=" + log, "--out", dir.toString()))));
        assertEquals(List.of("random none hold=nested", "pct 10", "random none", "pct 30"), Files.readAllLines(log));
        assertTrue(out.toString().startsWith("weft explore: no finding in 4 schedules (strategy alternate, seeds 1..4, "), out.toString());
    }

    @Test
    void exploreSteersTheNextIterationTowardAPredictedDeadlockAndItsDeadlockEndsTheSearch() throws Exception {
        Path outDir = dir.resolve("explore");
        Path log = dir.resolve("steps.log");
        assertEquals(66, weft(args(List.of("explore", "--iterations", "5", "--seed", "1", "-o", "bugEvery=1000000",
                "-o", "predict=lock-order:lo1", "-o", "stepsLog=" + log, "--out", outDir.toString()))));
        assertEquals(List.of("random none hold=nested", "random none toward lock-order:lo1"), Files.readAllLines(log));
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: found a deadlock in iteration 2 after "), printed);
        assertTrue(printed.contains("(strategy random, seed 2, steered toward lock-order:lo1, predicted by iteration 1: "
                + "lock-order inversion (potential deadlock) of 2 locks between \"teller-1\", \"teller-2\")"), printed);
        assertTrue(printed.contains("replay file: " + outDir.resolve("iteration-2.schedule.json")), printed);
        assertFalse(Files.exists(outDir.resolve("iteration-1.predictions.json")), "the predicting report is removed at the end");
    }

    @Test
    void aSteeredIterationThatDoesNotDeadlockCountsAndTheStrategyResumesWhereItWas() throws Exception {
        Path log = dir.resolve("steps.log");
        assertEquals(0, weft(args(List.of("explore", "--iterations", "5", "--seed", "1", "-o", "bugEvery=1000000",
                "-o", "predict=lock-order:never1;lock-order:never2", "-o", "stepsLog=" + log, "--out", dir.toString()))));
        assertEquals(List.of("random none hold=nested", "random none toward lock-order:never1", "random none toward lock-order:never2", "pct 30",
                "random none"), Files.readAllLines(log), "each cycle steered toward once, then alternate's second turn");
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: iteration 2 (seed 2, steered toward lock-order:never1, predicted by iteration 1: "
                + "lock-order inversion (potential deadlock) of 2 locks between \"teller-1\", \"teller-2\"): did not deadlock; "
                + "the search goes on\nweft explore: iteration 3 (seed 3, steered toward lock-order:never2, "), printed);
        assertTrue(printed.contains("weft explore: no finding in 5 schedules (strategy alternate, seeds 1..5, "), printed);
        assertTrue(printed.contains("; 2 steered toward predicted deadlocks)"), printed);
    }

    @Test
    void exploreDoesNotSteerOrHoldWhenToldNotToOrWhenDeadlocksDoNotEndTheSearch() throws Exception {
        for (String flags : List.of("--no-steer", "--no-hold-first", "--no-steer --no-hold-first", "--stop-on=race")) {
            Path log = dir.resolve(flags.replace(' ', '_') + ".log");
            List<String> args = new ArrayList<>(List.of(flags.split(" ")));
            args.addAll(List.of("explore", "--iterations", "3", "--seed", "1", "--strategy", "random",
                    "-o", "bugEvery=1000000", "-o", "predict=lock-order:never1", "-o", "stepsLog=" + log, "--out", dir.toString()));
            args.add(0, args.remove(args.indexOf("explore")));
            assertEquals(0, weft(args(args)), flags);
            String first = flags.contains("--no-hold-first") || flags.contains("race") ? "random none" : "random none hold=nested";
            String second = flags.contains("--no-steer") || flags.contains("race") ? "random none" : "random none toward lock-order:never1";
            assertEquals(List.of(first, second, "random none"), Files.readAllLines(log), flags);
        }
    }

    @Test
    void exploreCountsAFailingProgramAsABug() throws Exception {
        assertEquals(66, weft(args(List.of("explore", "--iterations", "3", "--seed", "1", "--out", dir.toString()), "fail")));
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: found a failure in iteration 1 "), printed);
        assertTrue(printed.contains("the program failed (exit status 1)"), printed);
        assertTrue(printed.contains("IllegalStateException: invariant broken: balance -10"), printed);
    }

    /** A thread dying of an exception is a failure of the program even when main ends normally (exit status 0). */
    @Test
    void exploreAndReplayCountAThreadKilledByAnUncaughtExceptionAsAFailure() throws Exception {
        assertEquals(66, weft(args(List.of("explore", "--iterations", "3", "--seed", "1", "--out", dir.toString()), "failInThread")));
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: found a failure in iteration 1 "), printed);
        assertTrue(printed.contains("a thread of the program died of an uncaught exception (exit status 0):\n"
                + "    Exception in thread \"listener\" java.lang.NullPointerException: handler is null\n"), printed);
        out.getBuffer().setLength(0);
        Path schedule = Files.writeString(dir.resolve("npe.schedule.json"), "{\"format\":\"weft-schedule\",\"version\":1,\"bug\":false}");
        assertEquals(66, weft(args(List.of("replay", schedule.toString()), "failInThread")));
        assertTrue(out.toString().startsWith("weft replay: reproduced a failure of the program in "), out.toString());
    }

    @Test
    void exploreKillsAnIterationThatMakesNoProgressShowsItsThreadsAndGoesOn() throws Exception {
        // 10 s: a bound of 3 s also ended the normal iterations on a machine loaded 20 times over its cores
        int status = weft(args(List.of("explore", "--iterations", "10", "--seed", "1", "--run-timeout", "10s",
                "-o", "hangSeed=1", "--out", dir.toString())));
        String printed = out.toString();
        assertEquals(66, status, printed);
        assertTrue(printed.startsWith("weft explore: iteration 1 (seed 1) made no progress:"), printed);
        // a run that waited for a CPU says how long, and its bound grew by that much (at a load 20 times the cores)
        assertTrue(Pattern.compile("no end within 10\\.0 s( \\([^)]* in all, [^)]* of it waiting for a CPU\\))?: killed").matcher(printed).find(), printed);
        assertTrue(printed.contains("\"stuck-worker\""), printed);
        assertTrue(printed.contains("at java.lang.Thread.sleep"), printed);
        assertFalse(printed.contains("at dev.weft."), "weft's own frames are left out: " + printed);
        assertTrue(printed.contains("found a deadlock in iteration 4"), printed);
        assertTrue(Files.readString(dir.resolve("iteration-1.threads.txt")).contains("stuck-worker"));
    }

    @Test
    void exploreStopsAtItsTimeLimit() throws Exception {
        assertEquals(0, weft(args(List.of("explore", "--iterations", "1000", "--seed", "1", "--time", "2s",
                "-o", "bugEvery=1000000", "--out", dir.toString()))));
        assertTrue(out.toString().contains("time limit 2.0 s reached"), out.toString());
    }

    /** A run cut short because the search's time ran out is not a run that made no progress: no stuck threads, no hang counted. */
    @Test
    void aRunCutShortByTheTimeLimitIsSaidSoNotReportedAsMakingNoProgress() throws Exception {
        assertEquals(0, weft(args(List.of("explore", "--iterations", "10", "--seed", "1", "--time", "2s", "--run-timeout", "60s",
                "-o", "hangSeed=1", "--out", dir.toString()))));
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: iteration 1 (seed 1) was stopped unfinished at the time limit (--time 2.0 s)\n"), printed);
        assertFalse(printed.contains("made no progress") || printed.contains("killed") || printed.contains("stuck-worker"), printed);
        assertTrue(printed.contains("weft explore: no finding in 0 schedules (strategy alternate, "), printed);
        assertTrue(printed.contains("; iteration 1 left unfinished; time limit 2.0 s reached)"), printed);
        assertFalse(Files.exists(dir.resolve("iteration-1.out")), "an unfinished run's files are removed");
    }

    @Test
    void exploreRefusesBadArgumentsInOneLine() throws Exception {
        assertEquals(2, weft(args(List.of("explore", "--iterations", "0"))));
        assertOneLineError("weft: bad value for --iterations: 0 (must be at least 1)");
        err.getBuffer().setLength(0);
        assertEquals(2, weft(args(List.of("explore", "--time", "soon"))));
        assertOneLineError("weft: Invalid value for option '--time': 'soon' is not a duration (e.g. 500ms, 60s, 2m, 1h)");
        err.getBuffer().setLength(0);
        assertEquals(2, weft(args(List.of("explore", "--strategy", "dfs"))));
        assertOneLineError("weft: Invalid value for option '--strategy'");
        err.getBuffer().setLength(0);
        assertEquals(2, weft(args(List.of("explore", "--stop-on", "deadlock,crash"))));
        assertOneLineError("weft: bad value for --stop-on: 'crash' (valid: deadlock, race, starvation, lock-order)");
        err.getBuffer().setLength(0);
        assertEquals(2, weft(args(List.of("explore", "--test", "BankTest"))));
        assertOneLineError("weft: bad value for --test: 'BankTest' (expected CLASS#METHOD");
        err.getBuffer().setLength(0);
        assertEquals(2, weft(args(List.of("explore", "-o", "seed=3"))));
        assertOneLineError("weft: -o seed=3: weft explore sets seed itself");
        err.getBuffer().setLength(0);
        assertEquals(2, weft("explore", "--agent", agent.toString(), "--", "python3", "app.py"));
        assertOneLineError("weft: the command must start with java (got 'python3'): weft explore [options] -- java -cp app.jar com.example.Main");
    }

    @Test
    void exploreReportsTheAgentsRefusalInOneLine() throws Exception {
        assertEquals(2, weft(args(List.of("explore", "-o", "refuse=yes", "--out", dir.toString()))));
        assertOneLineError("weft: unknown agent option 'refuse'");
    }

    @Test
    void replayReproducesWhatTheScheduleFileRecords() throws Exception {
        Path buggy = Files.writeString(dir.resolve("bug.schedule.json"), "{\"format\":\"weft-schedule\",\"version\":1,\"bug\":true}");
        assertEquals(66, weft(args(List.of("replay", buggy.toString()))));
        assertTrue(out.toString().startsWith("weft replay: reproduced 1 finding in "), out.toString());
        assertTrue(Files.isRegularFile(dir.resolve("bug.replay.json")));
        out.getBuffer().setLength(0);
        Path clean = Files.writeString(dir.resolve("clean.schedule.json"), "{\"format\":\"weft-schedule\",\"version\":1,\"bug\":false}");
        assertEquals(0, weft(args(List.of("replay", clean.toString(), "--report", dir.resolve("r.json").toString()))));
        assertTrue(out.toString().startsWith("weft replay: no deadlock, race or failure"), out.toString());
        assertTrue(Files.isRegularFile(dir.resolve("r.json")));
    }

    @Test
    void replaySaysWhereAChangedProgramLeftTheSchedule() throws Exception {
        Path changed = Files.writeString(dir.resolve("changed.schedule.json"), "{\"format\":\"weft-schedule\",\"version\":1,\"bug\":false,\"diverge\":true}");
        assertEquals(0, weft(args(List.of("replay", changed.toString()))));
        assertTrue(out.toString().startsWith("weft replay: the program no longer matches the schedule " + changed
                + ": replay diverged at step 3 (choice 0): expected dispatch of thread 0, found the options [1 (lock), 0 (start)]\n"), out.toString());
    }

    @Test
    void replayRefusesAFileThatIsNoScheduleInOneLine() throws Exception {
        assertEquals(2, weft(args(List.of("replay", dir.resolve("missing.schedule.json").toString()))));
        assertOneLineError("weft: no such schedule file: ");
        err.getBuffer().setLength(0);
        Path notSchedule = Files.writeString(dir.resolve("notes.json"), "{\"tool\":\"weft\"}");
        assertEquals(2, weft(args(List.of("replay", notSchedule.toString()))));
        assertOneLineError("weft: " + notSchedule + " is not a weft schedule file");
    }

    @Test
    void confirmMarksAConfirmedPredictionInTheReportAndKeepsTheRest() throws Exception {
        Path report = Files.writeString(dir.resolve("weft.json"), "{\"tool\":\"weft\",\"version\":\"test\",\"custom\":{\"kept\":1},\"findings\":["
                + "{\"kind\":\"lock-order\",\"id\":\"lock-order:lo1\",\"locks\":[],\"edges\":[{\"thread\":\"a\"},{\"thread\":\"b\"}]},"
                + "{\"kind\":\"deadlock\",\"id\":\"d0\",\"threads\":[]}]}");
        assertEquals(66, weft(args(List.of("confirm", report.toString(), "--iterations", "3"))));
        assertTrue(out.toString().startsWith("weft confirm: lock-order:lo1 confirmed in run 2 (seed 2)"), out.toString());
        assertTrue(out.toString().contains("weft confirm: confirmed 1 of 1 prediction; " + report + " rewritten"), out.toString());
        JsonNode rewritten = new ObjectMapper().readTree(report.toFile());
        JsonNode finding = rewritten.path("findings").get(0);
        assertTrue(finding.path("confirmed").asBoolean());
        Path replay = dir.resolve("weft.lock-order-lo1.schedule.json");
        assertEquals(replay.toString(), finding.path("replay").asText());
        assertTrue(Files.isRegularFile(replay));
        assertEquals(1, rewritten.path("custom").path("kept").asInt(), "keys the CLI does not know are kept");
        assertFalse(rewritten.path("findings").get(1).has("confirmed"));
        out.getBuffer().setLength(0);
        assertEquals(0, weft(args(List.of("confirm", report.toString()))));
        assertTrue(out.toString().startsWith("weft confirm: nothing to confirm"), out.toString());
        assertTrue(out.toString().strip().endsWith(" (each is confirmed already)"), out.toString());
        out.getBuffer().setLength(0);
        Path deadlockOnly = Files.writeString(dir.resolve("deadlock-only.json"), "{\"tool\":\"weft\",\"version\":\"test\",\"findings\":[]}");
        assertEquals(0, weft(args(List.of("confirm", deadlockOnly.toString()))));
        assertEquals("weft confirm: nothing to confirm: " + deadlockOnly + " has no unconfirmed lock-order or race finding (predictions come "
                + "from the lock-order and race detectors: a run with detect=deadlock makes none)", out.toString().strip());
    }

    @Test
    void confirmMarksARaceConfirmedOnlyWhenTheRunSaysItsAccessesMet() throws Exception {
        Path report = Files.writeString(dir.resolve("weft.json"), "{\"tool\":\"weft\",\"findings\":[{\"kind\":\"race\",\"id\":\"race:r1\",\"field\":\"A.f\"}]}");
        assertEquals(0, weft(args(List.of("confirm", report.toString(), "--iterations", "1"))));
        assertTrue(out.toString().startsWith("weft confirm: race:r1 not confirmed in 1 run (its two accesses never stood at the race together)"),
                out.toString());
        out.getBuffer().setLength(0);
        assertEquals(66, weft(args(List.of("confirm", report.toString(), "--iterations", "3"))));
        assertTrue(out.toString().startsWith("weft confirm: race:r1 confirmed in run 2 (seed 2)"), out.toString());
        JsonNode finding = new ObjectMapper().readTree(report.toFile()).path("findings").get(0);
        assertTrue(finding.path("confirmed").asBoolean(), finding.toString());
        assertEquals(dir.resolve("weft.race-r1.schedule.json").toString(), finding.path("replay").asText());
    }

    @Test
    void confirmSaysSoWhenNoRunProducesThePrediction() throws Exception {
        Path report = Files.writeString(dir.resolve("weft.json"), "{\"tool\":\"weft\",\"findings\":[{\"kind\":\"lock-order\",\"id\":\"lock-order:lo1\"}]}");
        assertEquals(0, weft(args(List.of("confirm", report.toString(), "--iterations", "1"))));
        assertTrue(out.toString().startsWith("weft confirm: lock-order:lo1 not confirmed in 1 run"), out.toString());
        assertFalse(new ObjectMapper().readTree(report.toFile()).path("findings").get(0).has("confirmed"));
    }

    @Test
    void confirmRefusesAFileThatIsNoReportInOneLine() throws Exception {
        assertEquals(2, weft(args(List.of("confirm", dir.resolve("missing.json").toString()))));
        assertOneLineError("weft: no such report file: ");
        err.getBuffer().setLength(0);
        Path notReport = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals(2, weft(args(List.of("confirm", notReport.toString()))));
        assertOneLineError("weft: cannot read the report " + notReport + " (is it a weft JSON report?");
        err.getBuffer().setLength(0);
        assertEquals(2, weft(args(List.of("confirm", notReport.toString(), "--iterations", "-1"))));
        assertOneLineError("weft: bad value for --iterations: -1 (must be at least 1)");
    }

    @Test
    void exploreRunsOneJUnitTestMethodPerIteration() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String failing = JUnitCases.class.getName() + "#losesAnUpdate";
        // a JVM per schedule: the fake agent has no launcher of several schedules per JVM (SchedulesPerJvmIT runs that)
        assertEquals(66, weft("explore", "--test", failing, "--iterations", "3", "--seed", "1", "--out", dir.toString(),
                "--schedules-per-jvm", "1", "--agent", agent.toString(), "--", java, "-cp", classPath));
        assertTrue(out.toString().startsWith("weft explore: found a failure in iteration 1 "), out.toString());
        assertTrue(out.toString().contains("balance after two deposits"), out.toString());
        assertTrue(out.toString().contains("dev.weft.cli.junit.TestMethodLauncher " + failing), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, weft("explore", "--test", JUnitCases.class.getName() + "#passes", "--iterations", "2", "--seed", "1",
                "--out", dir.toString(), "--schedules-per-jvm", "1", "--agent", agent.toString(), "--", java, "-cp", classPath));
        assertTrue(out.toString().startsWith("weft explore: no finding in 2 schedules"), out.toString());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(2, weft("explore", "--test", JUnitCases.class.getName() + "#nope", "--iterations", "2", "--seed", "1", "--out", dir.toString(),
                "--schedules-per-jvm", "1", "--agent", agent.toString(), "--", java, "-cp", classPath));
        assertOneLineError("weft: no test method 'nope' in " + JUnitCases.class.getName() + ": its test methods are losesAnUpdate, passes");
        assertEquals("", out.toString(), "no schedule counted, nothing found");
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        DurationConverter converter = new DurationConverter();
        assertEquals(java.time.Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(java.time.Duration.ofSeconds(60), converter.convert("60s"));
        assertEquals(java.time.Duration.ofSeconds(60), converter.convert("60"));
        assertEquals(java.time.Duration.ofMinutes(2), converter.convert("2m"));
        assertEquals(java.time.Duration.ofHours(1), converter.convert("1h"));
    }

}
