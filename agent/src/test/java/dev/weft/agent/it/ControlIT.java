package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Controlled runs ({@code mode=control}) of small programs in child JVMs: schedules, replay, deadlock, starvation. */
class ControlIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One controlled run: how it ended, its report and its schedule file. */
    record Run(ChildJvm.Result result, JsonNode report, JsonNode schedule, Path scheduleFile) {
        JsonNode findings() {
            return report.path("findings");
        }

        List<String> findingIds() {
            List<String> ids = new ArrayList<>();
            findings().forEach(f -> ids.add(f.path("id").asText()));
            return ids;
        }
    }

    /**
     * Runs {@code app} under control with {@code options}, expecting a deadlock of the model (exit 66) as its
     * first finding; returns each deadlocked thread as "name at waitSite on waitsFor".
     */
    static List<String> modelDeadlock(String app, String options) throws Exception {
        Run run = run(app, options);
        assertEquals(66, run.result().exitStatus(), run.result().stderr());
        JsonNode deadlock = run.findings().get(0);
        assertEquals("deadlock", deadlock.path("kind").asText());
        assertEquals("scheduling-model", deadlock.path("detectedBy").asText());
        List<String> waits = new ArrayList<>();
        deadlock.path("threads").forEach(t -> waits.add(t.path("name").asText() + " at " + t.path("waitSite").asText()
                + " on " + t.path("waitsFor").asText()));
        return waits;
    }

    /**
     * Runs {@code app} under control with {@code options}. A run that a thread outside the model made not exactly
     * replayable (more than 300 ms without a scheduling point, blocked on a JDK monitor: timing another child JVM
     * beside it may upset) runs again {@linkplain CpuSlots#alone() alone}, and that run is the one returned.
     */
    static Run run(String app, String options) throws Exception {
        Run run = runOnce(app, options);
        if (!run.result().stderr().contains("not exactly replayable")) {
            return run;
        }
        try (CpuSlots all = CpuSlots.alone()) {
            return runOnce(app, options);
        }
    }

    private static Run runOnce(String app, String options) throws Exception {
        Path dir = ChildJvm.freshDir("control");
        Path report = dir.resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-javaagent:" + ChildJvm.AGENT + "=mode=control,include=example.app,report=" + report + "," + options,
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app." + app));
        Path schedule = dir.resolve("report.schedule.json");
        assertTrue(Files.exists(report), "no report: " + result.stderr());
        assertTrue(Files.exists(schedule), "no schedule file: " + result.stderr());
        return new Run(result, JSON.readTree(report.toFile()), JSON.readTree(schedule.toFile()), schedule);
    }

    /** Runs {@code app} under control once with each of {@code options}, two at a time, as {@link #run} does; the runs in that order. */
    static List<Run> runs(String app, List<String> options) throws Exception {
        return TwoAtATime.all(options.stream().<Callable<Run>>map(o -> () -> run(app, o)).toList());
    }

    /** {@code options} with {@code seed=1} to {@code seed=seeds} appended. */
    private static List<String> seeds(int seeds, String options) {
        return IntStream.rangeClosed(1, seeds).mapToObj(seed -> options + "seed=" + seed).toList();
    }

    @Test
    void theSameSeedGivesTheSameScheduleAndFindingsTenTimesOutOfTen() throws Exception {
        Run first = run("Transfers", "seed=11,quantum=1");
        JsonNode control = first.report().path("control");
        assertEquals("random", control.path("strategy").asText());
        assertEquals(11, control.path("seed").asLong());
        assertTrue(control.path("replayable").asBoolean(), first.result().stderr());
        assertTrue(first.schedule().path("choices").size() > 0);
        JsonNode step = first.report().path("timeline").get(0);
        assertEquals("main", step.path("thread").asText());
        assertEquals(0, step.path("cpu").asInt());
        assertTrue(step.path("site").asText().startsWith("example.app.Transfers"), step.toString());
        List<Run> runs = runs("Transfers", Collections.nCopies(9, "seed=11,quantum=1"));
        for (int i = 1; i < 10; i++) {
            Run again = runs.get(i - 1);
            assertEquals(first.schedule().path("choices"), again.schedule().path("choices"), "run " + i);
            assertEquals(first.schedule().path("checks"), again.schedule().path("checks"), "run " + i);
            assertEquals(first.findingIds(), again.findingIds(), "run " + i);
            assertEquals(first.result().exitStatus(), again.result().exitStatus(), "run " + i);
        }
    }

    @Test
    void aDeadlockFoundBySearchingSeedsDeadlocksAgainOnEveryReplay() throws Exception {
        Run deadlocked = null;
        try (SameJvmRuns jvm = SameJvmRuns.of("Transfers")) {
            for (int seed = 1; seed <= 40 && deadlocked == null; seed++) {
                Run run = jvm.next("seed=" + seed + ",quantum=1");
                if (run.result().exitStatus() == 66) {
                    deadlocked = run;
                } else {
                    assertTrue(run.result().stdout().contains("done 200"), run.result().stderr());
                    assertEquals(0, run.result().exitStatus(), run.result().stderr());
                }
            }
        }
        assertNotNull(deadlocked, "no seed of 40 deadlocked");
        JsonNode deadlock = deadlocked.findings().get(0);
        assertEquals("deadlock", deadlock.path("kind").asText());
        assertEquals("scheduling-model", deadlock.path("detectedBy").asText());
        assertEquals(deadlocked.scheduleFile().toString(), deadlock.path("schedule").asText());
        List<String> names = new ArrayList<>();
        deadlock.path("threads").forEach(t -> names.add(t.path("name").asText()));
        assertEquals(List.of("teller-1", "teller-2"), names.stream().sorted().toList());
        for (JsonNode thread : deadlock.path("threads")) {
            assertTrue(thread.path("waitSite").asText().startsWith("example.app.Transfers.transfer(Transfers.java:13)"), thread.toString());
            assertEquals("example.app.Transfers.transfer(Transfers.java:12)", thread.path("holds").get(0).path("site").asText());
        }
        Path saved = ChildJvm.freshDir("control-saved").resolve("deadlock.schedule.json");
        Files.copy(deadlocked.scheduleFile(), saved);
        for (Run replay : runs("Transfers", Collections.nCopies(3, "replay=" + saved))) {
            assertEquals(66, replay.result().exitStatus(), replay.result().stderr());
            assertEquals(deadlocked.findingIds(), replay.findingIds());
            assertFalse(replay.report().path("control").path("diverged").asBoolean());
            assertEquals(saved.toString(), replay.report().path("control").path("replay").asText());
        }
    }

    @Test
    void aVolatileReadSeesTheWriteTheModelSchedulesBetweenItsArrivalAndItsStep() throws Exception {
        // the read's point came after its load: main, loading right after starting the writer, never saw it set
        assertBothOutcomesReachableAndReplayed("ReadRightAfterStart");
    }

    @Test
    void aReflectiveVolatileReadSeesTheWriteTheModelSchedulesBetweenItsArrivalAndItsStep() throws Exception {
        // Field.getBoolean's point came after the call had taken the value
        assertBothOutcomesReachableAndReplayed("ReflectiveReadRightAfterStart");
    }

    /** Over eight seeds, {@code program} prints both "seen false" and "seen true"; a run that saw it set replays exactly. */
    private static void assertBothOutcomesReachableAndReplayed(String program) throws Exception {
        Run seenSet = null;
        List<String> outcomes = new ArrayList<>();
        for (Run run : SameJvmRuns.runs(program, seeds(8, "quantum=1,"))) {
            assertEquals(0, run.result().exitStatus(), run.result().stderr());
            assertEquals(0, run.findings().size(), run.findings().toString());
            String outcome = run.result().stdout().strip();
            outcomes.add(outcome);
            if (outcome.equals("seen true") && seenSet == null) {
                seenSet = run;
            }
        }
        assertTrue(outcomes.contains("seen false"), outcomes.toString());
        assertNotNull(seenSet, outcomes.toString());
        Path saved = ChildJvm.freshDir("control-saved").resolve("seen.schedule.json");
        Files.copy(seenSet.scheduleFile(), saved);
        Run replay = run(program, "replay=" + saved);
        assertEquals("seen true", replay.result().stdout().strip(), replay.result().stderr());
        assertFalse(replay.report().path("control").path("diverged").asBoolean(), replay.result().stderr());
        assertEquals(seenSet.schedule().path("choices"), replay.schedule().path("choices"));
    }

    /** The run ended, and its one finding is the starvation of "setter" by "spinner", spinning at {@code site}. */
    private static void assertSpinnerStarvedSetter(Run run, String site) {
        assertTrue(run.result().stdout().contains("done"), run.result().stderr());
        assertEquals(1, run.findings().size(), run.findings().toString());
        JsonNode starvation = run.findings().get(0);
        assertEquals("starvation", starvation.path("kind").asText());
        assertEquals("spinner", starvation.path("thread").asText());
        assertEquals("[\"setter\"]", starvation.path("starved").toString());
        assertEquals(site, starvation.path("site").asText());
    }

    @Test
    void aSpinningThreadStarvesItsPartnerUnderCooperativeSchedulingOnOneCpuOnly() throws Exception {
        List<String> others = List.of("policy=preemptive,cpus=1,strategy=round-robin", "policy=cooperative,cpus=2,strategy=round-robin");
        List<Run> runs = SameJvmRuns.runs("SpinWait", List.of("policy=cooperative,cpus=1,strategy=round-robin", others.get(0), others.get(1)));
        Run cooperative = runs.get(0);
        assertSpinnerStarvedSetter(cooperative, "example.app.SpinWait.lambda$main$0(SpinWait.java:9)");
        assertEquals(10_000, cooperative.report().path("timeline").size(), "the timeline keeps the last 10,000 steps");
        assertTrue(cooperative.report().path("timelineTruncated").asBoolean());
        assertTrue(cooperative.report().path("control").path("steps").asLong() > 10_000);

        for (int i = 0; i < others.size(); i++) {
            String options = others.get(i);
            Run run = runs.get(i + 1);
            assertTrue(run.result().stdout().contains("done"), run.result().stderr());
            assertEquals(0, run.findings().size(), options + ": " + run.findings());
        }
    }

    @Test
    void aStarvingSpinnerGivesTheCpuBackEveryTimeSoThatTheProgramFinishesWhateverTheSeed() throws Exception {
        // after its starvation was reported, the spinner could be given the CPU again, and then kept it for good
        List<Run> runs = SameJvmRuns.runs("SleepThenStop", seeds(3, "policy=cooperative,cpus=1,"));
        for (int seed = 1; seed <= 3; seed++) {
            Run run = runs.get(seed - 1);
            assertEquals(0, run.result().exitStatus(), "seed " + seed + ": " + run.result().stderr());
            assertTrue(run.result().stdout().contains("stopped"), run.result().stderr());
            if (seed == 1) { // the worker got the CPU first: it starved main (other seeds let main go first)
                assertEquals("starvation", run.findings().get(0).path("kind").asText(), run.findings().toString());
                assertEquals("[\"main\"]", run.findings().get(0).path("starved").toString());
            }
        }
    }

    @Test
    void aDaemonThatSpinsForeverDoesNotKeepMainFromEndingUnderPct() throws Exception {
        // PCT chose the higher-priority spinner until a change point, drawn from the length of the longest run
        // weft explore had seen (then in steps: with seed 2, 1,157,090 steps); main now runs after 10,000
        Run run = run("DaemonSpinner", "strategy=pct,quantum=1,seed=2,steps=5000000");
        assertEquals(0, run.result().exitStatus(), run.result().stderr());
        assertTrue(run.result().stdout().contains("main done"), run.result().stderr());
        assertEquals(0, run.findings().size(), run.findings().toString());
        assertTrue(run.report().path("control").path("steps").asLong() < 20_000, run.report().path("control").toString());
    }

    @Test
    void aSystemExitFromAWorkerKeepsItsStatusAndTheRunStaysReplayable() throws Exception {
        // the exiting thread, waiting for the shutdown hooks, was taken for one blocked outside the model
        for (Run run : runs("ExitFromWorker", seeds(2, "quantum=1,"))) {
            assertEquals(3, run.result().exitStatus(), run.result().stderr());
            assertFalse(run.result().stderr().contains("not exactly replayable"), run.result().stderr());
            assertTrue(run.report().path("control").path("replayable").asBoolean());
            assertEquals(0, run.findings().size(), run.findings().toString());
        }
    }

    @Test
    void aLatchAwaitIsBlockedInTheModelAndTheRunStaysReplayable() throws Exception {
        Run run = run("LatchAndCounter", "seed=3");
        assertEquals(0, run.result().exitStatus(), run.result().stderr());
        assertTrue(run.result().stdout().contains("done 2"), run.result().stderr());
        assertTrue(run.report().path("control").path("replayable").asBoolean(), run.result().stderr());
        assertTrue(run.schedule().path("replayable").asBoolean());
        assertFalse(run.result().stderr().contains("not exactly replayable"), run.result().stderr());
        List<String> events = new ArrayList<>();
        run.report().path("timeline").forEach(step -> events.add(step.path("event").asText()));
        assertTrue(events.contains("block"), events.toString());
        assertEquals(0, run.findings().size(), run.findings().toString());
    }

    @Test
    void queueLatchSemaphoreAndParkRunsGiveTheSameScheduleFiveTimesOutOfFiveAndReplayExactly() throws Exception {
        ControlBlockingIT.assertReplayable("BlockingCalls", "seed=5,quantum=1", "sum 210 guarded 10");
    }

    @Test
    void threadsThatAllWaitOnALatchAndAQueueNobodyFeedsAreADeadlockOfTheModel() throws Exception {
        List<String> waits = modelDeadlock("NobodyOpens", "seed=1");
        assertEquals(2, waits.size(), waits.toString());
        assertTrue(waits.stream().anyMatch(w -> w.startsWith("main at example.app.NobodyOpens.main(NobodyOpens.java:16)")
                && w.contains("java.util.concurrent.LinkedBlockingQueue@")), waits.toString());
        assertTrue(waits.stream().anyMatch(w -> w.startsWith("waiter at example.app.NobodyOpens.lambda$main$0(NobodyOpens.java:11)")
                && w.contains("java.util.concurrent.CountDownLatch@")), waits.toString());
    }

    @Test
    void waitLoopsThatBeginSynchronizedBlocksReleaseTheirMonitorAndACorrectBufferNeverDeadlocks() throws Exception {
        // the loop's jump back to the block's first instruction re-ran the "entered" hook: the model then
        // counted one hold too many, and a thread that had left the block still owned its monitor
        List<Run> runs = SameJvmRuns.runs("BoundedBuffer", IntStream.rangeClosed(1, 6)
                .mapToObj(seed -> "seed=" + seed + ",quantum=1,strategy=" + (seed % 2 == 0 ? "pct" : "random")).toList());
        for (int seed = 1; seed <= 6; seed++) {
            Run run = runs.get(seed - 1);
            assertEquals(0, run.result().exitStatus(), "seed " + seed + ": " + run.result().stderr());
            assertTrue(run.result().stdout().contains("sum 21"), run.result().stdout());
            assertEquals(0, run.findings().size(), "seed " + seed + ": " + run.findings());
        }
    }

    @Test
    void aThreadInitializingAClassForLongKeepsItsCpuAndTheRunStaysReplayable() throws Exception {
        // it was taken off its CPU after 300 ms without a scheduling point, as if it waited outside the model
        Run run = run("SlowClassInit", "seed=1");
        assertEquals(0, run.result().exitStatus(), run.result().stderr());
        assertTrue(run.result().stdout().contains("seen 1"), run.result().stdout());
        assertFalse(run.result().stderr().contains("not exactly replayable"), run.result().stderr());
        assertTrue(run.report().path("control").path("replayable").asBoolean());
    }

    @Test
    void aThreadSpinningOnAnAtomicReachesASchedulingPointAtEveryReadAndTheRunIsReplayable() throws Exception {
        // an atomic's get was no scheduling point: the spinner ran outside the model until taken off its CPU
        Run run = run("AtomicSpin", "seed=1,quantum=1");
        assertEquals(0, run.result().exitStatus(), run.result().stderr());
        assertTrue(run.result().stdout().contains("spun"), run.result().stderr());
        assertFalse(run.result().stderr().contains("not exactly replayable"), run.result().stderr());
        assertTrue(run.report().path("control").path("replayable").asBoolean(), run.result().stderr());
    }

    @Test
    void aThreadSpinningOnAnAtomicStarvesItsPartnerUnderCooperativeSchedulingOnOneCpuOnly() throws Exception {
        List<Run> runs = SameJvmRuns.runs("AtomicSpinWait",
                List.of("policy=cooperative,cpus=1,strategy=round-robin", "policy=preemptive,cpus=1,strategy=round-robin"));
        Run cooperative = runs.get(0);
        assertSpinnerStarvedSetter(cooperative, "example.app.AtomicSpinWait.lambda$main$0(AtomicSpinWait.java:7)");
        assertTrue(cooperative.report().path("control").path("replayable").asBoolean(), cooperative.result().stderr());
        Run preemptive = runs.get(1);
        assertTrue(preemptive.result().stdout().contains("done"), preemptive.result().stderr());
        assertEquals(0, preemptive.findings().size(), preemptive.findings().toString());
        assertTrue(preemptive.report().path("control").path("replayable").asBoolean(), preemptive.result().stderr());
    }

    @Test
    void aBlockingCallTheModelDoesNotKnowDoesNotHangTheRunButMakesItNotReplayable() throws Exception {
        Run run = run("PipedHandOff", "seed=3");
        assertEquals(0, run.result().exitStatus(), run.result().stderr());
        assertTrue(run.result().stdout().contains("done 2"), run.result().stderr());
        assertFalse(run.report().path("control").path("replayable").asBoolean());
        assertFalse(run.schedule().path("replayable").asBoolean());
        assertTrue(run.result().stderr().contains("not exactly replayable: thread \""), run.result().stderr());
        assertEquals(0, run.findings().size(), run.findings().toString());
    }

    @Test
    void aThreadBlockedOnAMonitorOfTheJdksCodeGoesOffItsCpuSoThatTheThreadHoldingItCanGoOn() throws Exception {
        Run run = run("MapFunctionsTakeTurns", "seed=1");
        assertEquals(0, run.result().exitStatus(), run.result().stderr());
        assertTrue(run.result().stdout().contains("total 200, updates 200"), run.result().stdout() + run.result().stderr());
        assertFalse(run.report().path("control").path("replayable").asBoolean());
        assertTrue(run.result().stderr().contains("was BLOCKED outside the model in java.base"), run.result().stderr());
        assertTrue(run.result().stderr().contains("java.util.concurrent.ConcurrentHashMap."), run.result().stderr());
        assertEquals(0, run.findings().size(), run.findings().toString());
    }

    @Test
    void aScheduleReplayedOnAnotherProgramSaysWhereItDiverged() throws Exception {
        Run recorded = run("Transfers", "seed=5,quantum=1");
        Path saved = ChildJvm.freshDir("control-other").resolve("transfers.schedule.json");
        Files.copy(recorded.scheduleFile(), saved);
        Run replay = run("SpinWait", "replay=" + saved);
        assertTrue(replay.result().stderr().contains("weft: replay diverged at step "), replay.result().stderr());
        assertTrue(replay.report().path("control").path("diverged").asBoolean());
        assertTrue(replay.result().stdout().contains("done"), replay.result().stderr());
    }

    @Test
    void aPredictedLockOrderInversionIsConfirmedByAControlledRunThatDeadlocks() throws Exception {
        // predicted by a run that cannot deadlock: cooperative, one CPU, each teller runs to its end
        Run detection = run("LockOrderInversion", "policy=cooperative,strategy=round-robin");
        assertEquals(0, detection.result().exitStatus(), detection.result().stderr());
        Path predicted = ChildJvm.freshDir("control-predicted").resolve("predicted.json");
        Files.writeString(predicted, detection.report().toString());
        JsonNode prediction = detection.findings().get(0);
        assertEquals("lock-order", prediction.path("kind").asText());
        String id = prediction.path("id").asText();
        for (Run confirmed : runs("LockOrderInversion", seeds(3, "confirm=" + predicted + "#" + id + ","))) {
            assertEquals(66, confirmed.result().exitStatus(), confirmed.result().stderr());
            JsonNode deadlock = confirmed.findings().get(0);
            assertEquals("deadlock", deadlock.path("kind").asText());
            assertEquals(id, deadlock.path("confirms").asText());
            assertEquals(predicted + "#" + id, confirmed.report().path("control").path("confirms").asText());
        }
    }
}
