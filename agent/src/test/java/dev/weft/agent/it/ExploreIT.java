package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.WeftCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code weft explore}, {@code replay} and {@code confirm} with the real agent's controlled mode, on programs in child JVMs. */
class ExploreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPLAY_FILE = Pattern.compile("replay file: (\\S+)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int weft(List<String> args, String... program) throws InterruptedException {
        return weftWithClassPath(args, ChildJvm.TEST_CLASSES, program);
    }

    /**
     * Runs {@code weft args... -- java ... program...}; the program's JVMs share classes when on the test classes. An
     * {@code explore} runs with {@code --no-check-replay}: these tests replay what it found with {@code weft replay} as
     * often as they say, and never looked at the fresh replay it would make (a JVM more; {@code ExploreHuntIT} and
     * {@code SchedulesPerJvmIT} check that one).
     */
    private int weftWithClassPath(List<String> args, Path classPath, String... program) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java().toString(), "-XX:TieredStopAtLevel=1", "-cp", classPath.toString()));
        command.addAll(List.of(program));
        List<String> all = new ArrayList<>(args);
        if (args.get(0).equals("explore")) {
            all.add(1, "--no-check-replay");
        }
        all.addAll(List.of("--agent", ChildJvm.AGENT.toString(), "-o", "include=example.app.", "--"));
        all.addAll(SharedClasses.command(command, false));
        CommandLine cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try (CpuSlots slot = CpuSlots.one()) {
            return cli.execute(all.toArray(String[]::new));
        }
    }

    /**
     * {@code times} runs of {@code weft replay schedule} of {@code program}, two at a time, their reports
     * {@code replay-1.json}... in {@code dir}: each ends with status 66; the reports in that order.
     */
    private static List<JsonNode> replays(Path schedule, Path dir, int times, String... program) throws Exception {
        return TwoAtATime.all(IntStream.rangeClosed(1, times).<Callable<JsonNode>>mapToObj(i -> () -> {
            Path report = dir.resolve("replay-" + i + ".json");
            ExploreIT own = new ExploreIT(); // output of its own
            assertEquals(66, own.weft(List.of("replay", schedule.toString(), "--report", report.toString()), program),
                    "replay " + i + ": " + own.out + "\n" + own.err);
            return JSON.readTree(report.toFile());
        }).toList());
    }

    /** One run of {@code weft replay schedule} of {@code program}, as {@link #replays} runs them: its report. */
    private static JsonNode replay(Path schedule, Path dir, String... program) throws Exception {
        return replays(schedule, dir, 1, program).get(0);
    }

    private Path exploreUntilTheDeadlock(Path dir) throws InterruptedException {
        int status = weft(List.of("explore", "--iterations", "30", "--strategy", "random", "--quantum", "1", "--seed", "1", "--out", dir.toString()),
                "example.app.OppositeTransfers");
        assertEquals(66, status, out + "\n" + err);
        assertTrue(out.toString().contains("found a deadlock in iteration "), out.toString());
        assertTrue(out.toString().contains("\"teller-1\""), out.toString());
        Matcher replay = REPLAY_FILE.matcher(out.toString());
        assertTrue(replay.find(), out.toString());
        Path schedule = Path.of(replay.group(1));
        assertTrue(Files.isRegularFile(schedule), schedule.toString());
        return schedule;
    }

    @Test
    void exploreFindsADeadlockThatNeedsItsScheduleAndItsReplayFileReproducesItTenTimesOutOfTen() throws Exception {
        Path schedule = exploreUntilTheDeadlock(ChildJvm.freshDir("explore-replay"));
        List<JsonNode> replays = replays(schedule, schedule.getParent(), 10, "example.app.OppositeTransfers");
        for (int i = 1; i <= 10; i++) {
            JsonNode findings = replays.get(i - 1).path("findings");
            assertEquals("deadlock", findings.get(0).path("kind").asText(), "replay " + i + ": " + findings);
        }
    }

    @Test
    void classSharingLeavesEachIterationAsItWasSeedForSeed() throws Exception {
        Path dir = ChildJvm.freshDir("explore-class-sharing");
        Path jar = dir.resolve("app.jar"); // the JVM shares classes from jars only
        try (JarOutputStream classes = new JarOutputStream(Files.newOutputStream(jar))) {
            classes.putNextEntry(new JarEntry("example/app/OppositeTransfers.class"));
            Files.copy(ChildJvm.TEST_CLASSES.resolve("example/app/OppositeTransfers.class"), classes);
        }
        String found = "weft explore: found a deadlock in iteration 4 ";
        for (String sharing : List.of("--class-sharing", "--no-class-sharing")) {
            out.getBuffer().setLength(0);
            Path searchDir = dir.resolve(sharing);
            // no first-iteration holds nor steering: the deadlock of seed 13, in iteration 4, after the archive was made
            int status = weftWithClassPath(List.of("explore", sharing, "--schedules-per-jvm", "1", "--no-hold-first", "--no-steer", "--iterations", "30", "--strategy", "random", "--quantum", "1",
                    "--seed", "10", "--out", searchDir.toString()), jar, "example.app.OppositeTransfers");
            assertEquals(66, status, sharing + ": " + out + "\n" + err);
            assertTrue(out.toString().startsWith(found), sharing + ": " + out);
            // the JVM says so at the start of each run that maps an archive made with an agent
            String stderr = Files.readString(searchDir.resolve("iteration-4.err"));
            assertEquals(sharing.equals("--class-sharing"), stderr.contains("AllowArchivingWithJavaAgent"), sharing + ": " + stderr);
            assertFalse(Files.exists(searchDir.resolve("classes.jsa")), "the archive is deleted at the end of the search");
        }
    }

    @Test
    void aCommandThatCannotStartTheProgramIsRefusedInOneLineNotCountedAsAFailingProgram() throws Exception {
        Path dir = ChildJvm.freshDir("explore-no-program");
        assertEquals(2, weft(List.of("explore", "--iterations", "3", "--out", dir.toString()), "example.app.NoSuchProgram"), out.toString());
        assertEquals("weft: the program did not start: Could not find or load main class example.app.NoSuchProgram",
                err.toString().strip());
        assertFalse(out.toString().contains("found a failure"), out.toString());
    }

    @Test
    void anIterationThatHangsIsEndedWithItsStuckThreadsAndTheSearchGoesOn() throws Exception {
        Path dir = ChildJvm.freshDir("explore-hang");
        Path marker = dir.resolve("first-run-hangs");
        int status = weft(List.of("explore", "--iterations", "30", "--quantum", "1", "--seed", "1", "--run-timeout", "8s", "--out", dir.toString()),
                "example.app.OppositeTransfers", marker.toString());
        assertEquals(66, status, out + "\n" + err);
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: iteration 1 (seed 1) made no progress:"), printed);
        assertTrue(printed.contains("\"stuck-teller\""), printed);
        assertTrue(printed.contains("at example.app.OppositeTransfers.lambda$main$0(OppositeTransfers.java:"), printed);
        assertTrue(printed.contains("found a deadlock in iteration "), printed);
    }

    @Test
    void confirmProducesAPredictedDeadlockAndMarksItConfirmed() throws Exception {
        Path dir = ChildJvm.freshDir("confirm");
        Path report = dir.resolve("weft.json");
        // a controlled run whose time slices are long enough for each teller to take both locks: no deadlock,
        // and the two opposite orders are predicted (a plain run deadlocks on some schedules)
        ChildJvm.Result detected = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report
                        + ",include=example.app.,mode=control,quantum=4,seed=3",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.OppositeTransfers"));
        assertEquals(0, detected.exitStatus(), detected.stderr());
        JsonNode predicted = JSON.readTree(report.toFile()).path("findings").get(0);
        assertEquals("lock-order", predicted.path("kind").asText());
        assertEquals(66, weft(List.of("confirm", report.toString(), "--iterations", "20", "-o", "quantum=1"), "example.app.OppositeTransfers"), out + "\n" + err);
        JsonNode confirmed = JSON.readTree(report.toFile()).path("findings").get(0);
        assertEquals(predicted.path("id").asText(), confirmed.path("id").asText());
        assertTrue(confirmed.path("confirmed").asBoolean(), confirmed.toString());
        Path schedule = Path.of(confirmed.path("replay").asText());
        assertTrue(Files.isRegularFile(schedule), confirmed.toString());
        Path replayed = dir.resolve("replay.json");
        assertEquals(66, weft(List.of("replay", schedule.toString(), "--report", replayed.toString()), "example.app.OppositeTransfers"), out + "\n" + err);
        JsonNode again = JSON.readTree(replayed.toFile());
        assertEquals("deadlock", again.path("findings").get(0).path("kind").asText(), again.toString());
        assertTrue(!again.path("control").path("diverged").asBoolean(), again.path("control").toString());
    }

    @Test
    void confirmProducesARaceThatOnlyARareInterleavingShowsAndTheReplayShowsItEveryTime() throws Exception {
        Path dir = ChildJvm.freshDir("confirm-race");
        Path report = dir.resolve("weft.json");
        JsonNode predicted = detectedRaceOnDraft(report);
        assertEquals("write", predicted.path("accesses").get(0).path("op").asText(), predicted.toString());
        assertEquals("read", predicted.path("accesses").get(1).path("op").asText(), predicted.toString());
        // controlled runs left to themselves, with the seeds confirm tries: the writer publishes long before the reader checks
        List<ControlIT.Run> runs = SameJvmRuns.runs("RareCheckThenAct", IntStream.rangeClosed(1, 5).mapToObj(seed -> "seed=" + seed).toList());
        for (int seed = 1; seed <= 5; seed++) {
            ControlIT.Run run = runs.get(seed - 1);
            assertEquals(0, run.result().exitStatus(), run.result().stderr());
            assertEquals(0, run.findings().size(), "seed " + seed + ": " + run.report());
        }

        assertEquals(66, weft(List.of("confirm", report.toString()), "example.app.RareCheckThenAct"), out + "\n" + err);
        assertTrue(out.toString().startsWith("weft confirm: " + predicted.path("id").asText() + " confirmed in run 1 (seed 1)"), out.toString());
        JsonNode confirmed = raceOnDraft(JSON.readTree(report.toFile()));
        assertEquals(predicted.path("id").asText(), confirmed.path("id").asText());
        assertTrue(confirmed.path("confirmed").asBoolean(), confirmed.toString());
        Path schedule = Path.of(confirmed.path("replay").asText());
        assertTrue(Files.readString(schedule).contains("\"holds\":["), Files.readString(schedule));

        List<JsonNode> replays = replays(schedule, dir, 5, "example.app.RareCheckThenAct");
        for (int i = 1; i <= 5; i++) {
            JsonNode again = replays.get(i - 1);
            assertEquals(predicted.path("id").asText(), raceOnDraft(again).path("id").asText(), "replay " + i);
            assertTrue(!again.path("control").path("diverged").asBoolean(), "replay " + i + ": " + again.path("control"));
        }
    }

    @Test
    void theOtherOrderOfARaceIsProducedTooWithAnEvenSeed() throws Exception {
        Path dir = ChildJvm.freshDir("confirm-race-order");
        Path report = dir.resolve("weft.json");
        String id = detectedRaceOnDraft(report).path("id").asText();
        List<ControlIT.Run> runs = SameJvmRuns.runs("RareCheckThenAct",
                IntStream.rangeClosed(1, 2).mapToObj(seed -> "seed=" + seed + ",confirm=" + report + "#" + id).toList());
        for (int seed = 1; seed <= 2; seed++) {
            ControlIT.Run run = runs.get(seed - 1);
            assertEquals(0, run.result().exitStatus(), run.result().stderr());
            JsonNode race = raceOnDraft(run.report());
            assertEquals(id, race.path("confirms").asText(), race.toString());
            assertEquals(run.scheduleFile().toString(), race.path("schedule").asText());
            // seed 1: the earlier access of the prediction (the read) first, as it was seen; seed 2: the write first
            assertEquals(seed == 1 ? "write" : "read", race.path("accesses").get(0).path("op").asText(), "seed " + seed + ": " + race);
            assertTrue(run.result().stdout().contains(seed == 1 ? "result 0" : "result 42"), "seed " + seed + ": " + run.result().stdout());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void exploreSteersTowardThePhilosophersPredictedCycleAndItsDeadlockReplaysThreeTimesOutOfThree(int seed) throws Exception {
        Path dir = ChildJvm.freshDir("explore-steered");
        // the first schedule (random, this seed, no holds) does not deadlock but predicts the cycle through the three philosophers
        assertEquals(66, weft(List.of("explore", "--no-hold-first", "--iterations", "2", "--strategy", "random", "--quantum", "1",
                "--seed", Integer.toString(seed), "--out", dir.toString()), "example.app.PhilosophersAtTable"), out + "\n" + err);
        String printed = out.toString();
        Matcher steered = Pattern.compile("^weft explore: found a deadlock in iteration 2 after .* \\(strategy random, seed " + (seed + 1)
                + ", steered toward (lock-order:\\w+), predicted by iteration 1: lock-order inversion \\(potential deadlock\\) of 3 locks ").matcher(printed);
        assertTrue(steered.find(), printed);
        JsonNode deadlock = JSON.readTree(dir.resolve("iteration-2.json").toFile()).path("findings").get(0);
        assertEquals("deadlock", deadlock.path("kind").asText(), deadlock.toString());
        assertEquals(3, deadlock.path("threads").size(), deadlock.toString());
        assertEquals(steered.group(1), deadlock.path("confirms").asText(), deadlock.toString());
        Path schedule = dir.resolve("iteration-2.schedule.json");
        assertTrue(printed.contains("replay file: " + schedule), printed);
        List<JsonNode> replays = replays(schedule, dir, 3, "example.app.PhilosophersAtTable");
        for (int i = 1; i <= 3; i++) {
            JsonNode again = replays.get(i - 1);
            assertEquals("deadlock", again.path("findings").get(0).path("kind").asText(), "replay " + i + ": " + again);
            assertEquals(3, again.path("findings").get(0).path("threads").size(), "replay " + i + ": " + again);
            assertFalse(again.path("control").path("diverged").asBoolean(), "replay " + i + ": " + again.path("control"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theFirstIterationHoldsNestedLockingSoThePhilosophersDeadlockAtOnceAndTheReplayDoesToo(int seed) throws Exception {
        Path dir = ChildJvm.freshDir("explore-hold-first");
        assertEquals(66, weft(List.of("explore", "--iterations", "2", "--quantum", "1", "--seed", Integer.toString(seed),
                "--out", dir.toString()), "example.app.PhilosophersAtTable"), out + "\n" + err);
        assertTrue(out.toString().startsWith("weft explore: found a deadlock in iteration 1 after "), out.toString());
        Path schedule = dir.resolve("iteration-1.schedule.json");
        assertTrue(Files.readString(schedule).contains("\"holds\":["), Files.readString(schedule));
        JsonNode again = replay(schedule, dir, "example.app.PhilosophersAtTable");
        assertEquals(3, again.path("findings").get(0).path("threads").size(), again.toString());
        assertFalse(again.path("control").path("diverged").asBoolean(), again.path("control").toString());
    }

    /** With {@code spin}, main spins until the held thread has gone on: the steering lets it go after a bound, and the run ends. */
    @ParameterizedTest
    @ValueSource(strings = {"join", "spin"})
    void aPredictedCycleThatCannotCloseIsSteeredTowardOnceNotReportedAndTheSearchGoesOnToItsBound(String wait) throws Exception {
        Path dir = ChildJvm.freshDir("explore-steered-gate");
        assertEquals(0, weft(List.of("explore", "--iterations", "4", "--strategy", "random", "--quantum", "1", "--seed", "1",
                "--run-timeout", "40s", "--out", dir.toString()), "example.app.SemaphoreGatedOrders", wait), out + "\n" + err);
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: iteration 2 (seed 2, steered toward lock-order:"), printed);
        assertTrue(printed.contains("predicted by iteration 1: lock-order inversion (potential deadlock) of 2 locks"), printed);
        assertTrue(printed.contains("): did not deadlock; the search goes on\n"), printed);
        assertEquals(1, printed.split("steered toward lock-order:", -1).length - 1, "one steered iteration per cycle: " + printed);
        assertTrue(printed.contains("weft explore: no finding in 4 schedules (strategy random, seeds 1..4, "), printed);
        assertTrue(printed.contains("; 1 steered toward predicted deadlocks)"), printed);
        assertFalse(printed.contains("found") || printed.contains("made no progress"), printed);
    }

    /** Programs whose tasks, run by the JDK's threads without weft, race on their {@code count}: in the model in a controlled run. */
    @ParameterizedTest
    @ValueSource(strings = {"AsyncStagesRace", "DelayedStagesRace", "CompleterRace", "PoolStagesRace",
        "ParallelForEachRace", "ParallelReduceRace", "ParallelMatchRace",
        "ParallelPrefixRace", "ConcurrentMapBulkRace",
        "QuiescenceRace"})
    void exploreFindsARaceBetweenTasksTheJdkWouldRunAndItsReplayReproducesIt(String app) throws Exception {
        Path dir = ChildJvm.freshDir("explore-async");
        assertEquals(66, weft(List.of("explore", "--iterations", "10", "--seed", "1", "--quantum", "1", "--out", dir.toString()),
                "example.app." + app), out + "\n" + err);
        assertTrue(out.toString().contains("found a race in iteration "), out.toString());
        Matcher replay = REPLAY_FILE.matcher(out.toString());
        assertTrue(replay.find(), out.toString());
        Path schedule = Path.of(replay.group(1));
        JsonNode again = replay(schedule, dir, "example.app." + app);
        JsonNode race = again.path("findings").get(0);
        assertEquals("race", race.path("kind").asText(), again.toString());
        assertEquals("example.app." + app + ".count", race.path("field").asText(), race.toString());
        assertTrue(again.path("control").path("replayable").asBoolean(), again.path("control").toString());
        assertTrue(!again.path("control").path("diverged").asBoolean(), again.path("control").toString());
    }

    /**
     * A race that exists only when a {@code poll(timeout)} times out while its producer is slow: a timeout is a
     * choice of the schedule, so explore finds it; the replay file and the run's seed give it again.
     */
    @Test
    void exploreFindsARaceOnlyATimedOutPollMakesAndItsReplayAndItsSeedReproduceIt() throws Exception {
        Path dir = ChildJvm.freshDir("explore-timeout");
        assertEquals(66, weft(List.of("explore", "--iterations", "30", "--strategy", "random", "--seed", "1", "--quantum", "1",
                "--out", dir.toString()), "example.app.PollTimeoutRace"), out + "\n" + err);
        assertTrue(out.toString().contains("found a race in iteration "), out.toString());
        Matcher replay = REPLAY_FILE.matcher(out.toString());
        assertTrue(replay.find(), out.toString());
        Path schedule = Path.of(replay.group(1));
        JsonNode saved = JSON.readTree(schedule.toFile());
        JsonNode again = replay(schedule, dir, "example.app.PollTimeoutRace");
        assertFallbackRace(again.path("findings"));
        assertFalse(again.path("control").path("diverged").asBoolean(), again.path("control").toString());
        List<ControlIT.Run> runs = ControlIT.runs("PollTimeoutRace",
                Collections.nCopies(5, "strategy=random,seed=" + saved.path("seed").asLong() + ",quantum=1"));
        for (int i = 1; i <= 5; i++) {
            ControlIT.Run run = runs.get(i - 1);
            assertTrue(run.report().path("control").path("replayable").asBoolean(), "run " + i + ": " + run.result().stderr());
            assertEquals(saved.path("choices"), run.schedule().path("choices"), "run " + i);
            assertFallbackRace(run.findings());
        }
        ControlIT.Run roundRobin = ControlIT.run("PollTimeoutRace", "strategy=round-robin,quantum=1");
        assertEquals(0, roundRobin.findings().size(), roundRobin.findings().toString()); // its timeouts fire last
        assertTrue(roundRobin.result().stdout().contains("result 6 progress 3"), roundRobin.result().stdout());
    }

    /** The race of {@code PollTimeoutRace}'s fallback with its producer: the first finding. */
    private static void assertFallbackRace(JsonNode findings) {
        JsonNode race = findings.get(0);
        assertEquals("race", race.path("kind").asText(), findings.toString());
        assertEquals("example.app.PollTimeoutRace.result", race.path("field").asText(), race.toString());
        List<String> accesses = new ArrayList<>();
        race.path("accesses").forEach(a -> accesses.add(a.path("thread").asText() + " " + a.path("op").asText() + " "
                + a.path("site").asText()));
        accesses.sort(null);
        assertEquals(List.of("consumer write example.app.PollTimeoutRace.lambda$main$1(PollTimeoutRace.java:25)",
                "producer write example.app.PollTimeoutRace.lambda$main$0(PollTimeoutRace.java:19)"), accesses, race.toString());
    }

    /**
     * The race on {@code RareCheckThenAct.draft} that an ordinary run reports in {@code report} when its writer sleeps
     * first (300 ms), so that the reader reads the draft before it is published. A run in which the load held the reader
     * back past the writer's sleep (it then reads the published flag, no race) runs again {@linkplain CpuSlots#alone() alone}.
     */
    private static JsonNode detectedRaceOnDraft(Path report) throws Exception {
        List<String> command = List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",include=example.app.",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.RareCheckThenAct", "300");
        ChildJvm.Result detected = ChildJvm.run(command);
        assertEquals(0, detected.exitStatus(), detected.stderr());
        if (findRaceOnDraft(JSON.readTree(report.toFile())) == null) {
            try (CpuSlots all = CpuSlots.alone()) {
                detected = ChildJvm.run(command);
            }
            assertEquals(0, detected.exitStatus(), detected.stderr());
        }
        return raceOnDraft(JSON.readTree(report.toFile()));
    }

    /** The report's race on {@code RareCheckThenAct.draft}, failing when there is none. */
    private static JsonNode raceOnDraft(JsonNode report) {
        JsonNode race = findRaceOnDraft(report);
        if (race == null) {
            throw new AssertionError("no race on draft: " + report.path("findings"));
        }
        return race;
    }

    /** The report's race on {@code RareCheckThenAct.draft}, or {@code null}. */
    private static JsonNode findRaceOnDraft(JsonNode report) {
        for (JsonNode finding : report.path("findings")) {
            if ("race".equals(finding.path("kind").asText()) && "example.app.RareCheckThenAct.draft".equals(finding.path("field").asText())) {
                return finding;
            }
        }
        return null;
    }
}
