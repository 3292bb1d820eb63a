package dev.weft.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MachineTest {

    private static Parameters params(int cpus, Policy policy, int quantum, String strategy, long seed) {
        return new Parameters(cpus, policy, quantum, strategy, seed, 3, PctStrategy.STEP_ESTIMATE);
    }

    private static SyntheticProgram twoReaders(int reads) {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().reads(reads, 1);
        program.thread().reads(reads, 2);
        return program;
    }

    @Test
    void preemptiveRoundRobinGivesEachThreadAQuantumInTurn() {
        var outcome = twoReaders(4).run(new Machine(params(1, Policy.PREEMPTIVE, 2, "round-robin", 0)));
        assertEquals(List.of(0, 0, 1, 1, 0, 0, 1, 1), outcome.threads());
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        assertEquals(List.of(0L, 0L, 1L, 1L, 2L, 2L, 3L, 3L), outcome.steps().stream().map(Step::slice).toList());
    }

    /**
     * Two philosophers each holding one fork try the other's with {@code tryLock()}: a try is enabled while the fork is
     * held (where a {@code lock()} would deadlock), so both tries fail in some schedules and every run ends.
     */
    @Test
    void aTryLockIsEnabledWhileAnotherThreadHoldsTheLock() {
        int bothFailed = 0;
        for (long seed = 0; seed < 20; seed++) {
            SyntheticProgram program = new SyntheticProgram();
            program.thread().writeLock(5, 1).tryLock(6, 2).unlock(6).unlock(5);
            program.thread().writeLock(6, 3).tryLock(5, 4).unlock(5).unlock(6);
            var outcome = program.run(new Machine(params(2, Policy.PREEMPTIVE, 2, "random", seed)));
            assertInstanceOf(Decision.Nothing.class, outcome.end(), "seed " + seed);
            List<Integer> sites = outcome.steps().stream().map(step -> step.op().site()).toList();
            if (Math.max(sites.indexOf(1), sites.indexOf(3)) < Math.min(sites.indexOf(2), sites.indexOf(4))) {
                bothFailed++; // both forks taken before either try
            }
        }
        assertTrue(bothFailed > 0, "no schedule of 20 had both tries fail");
    }

    @Test
    void quantumSetsTheLengthOfASlice() {
        var outcome = twoReaders(4).run(new Machine(params(1, Policy.PREEMPTIVE, 3, "round-robin", 0)));
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 0, 1), outcome.threads());
    }

    @Test
    void cooperativeThreadKeepsItsCpuUntilItEnds() {
        var outcome = twoReaders(4).run(new Machine(params(1, Policy.COOPERATIVE, 1, "round-robin", 0)));
        assertEquals(List.of(0, 0, 0, 0, 1, 1, 1, 1), outcome.threads());
    }

    @Test
    void cooperativeSpinnerStarvesItsPartnerOnOneCpu() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().reads(Machine.STARVATION_BOUND + 10, 7);
        program.thread().write(8);
        var outcome = program.run(new Machine(params(1, Policy.COOPERATIVE, 4, "round-robin", 0)));
        assertEquals(1, outcome.starvations().size());
        Decision.Starvation starvation = outcome.starvations().get(0);
        assertEquals(0, starvation.spinner());
        assertEquals(List.of(1), starvation.starved());
        assertEquals(7, starvation.op().site());
    }

    @Test
    void aSpinnerThatPollsUnderAFreeLockStarvesItsPartnerToo() {
        SyntheticProgram program = new SyntheticProgram();
        SyntheticProgram.Script spinner = program.thread();
        for (int i = 0; i < Machine.STARVATION_BOUND; i++) {
            spinner.lock(5, 6).read(7).unlock(5);
        }
        program.thread().lock(5, 8).write(9).unlock(5);
        var outcome = program.run(new Machine(params(1, Policy.COOPERATIVE, 4, "round-robin", 0)));
        assertEquals(1, outcome.starvations().size());
        assertEquals(0, outcome.starvations().get(0).spinner());
        assertEquals(List.of(1), outcome.starvations().get(0).starved());
    }

    @Test
    void aStarvingSpinnerGivesItsCpuToTheStarvedThreadsEveryTimeSoThatTheyFinishFirst() {
        int starved = 0;
        for (long seed = 0; seed < 10; seed++) {
            SyntheticProgram program = new SyntheticProgram();
            program.thread().reads(3 * Machine.STARVATION_BOUND, 7);
            program.thread().read(8).read(8);
            var outcome = program.run(new Machine(params(1, Policy.COOPERATIVE, 4, "random", seed)));
            if (!outcome.starvations().isEmpty()) { // the spinner got the CPU first
                starved++;
                assertEquals(1, outcome.starvations().size(), "seed " + seed);
                assertTrue(outcome.threads().lastIndexOf(1) < 2 * Machine.STARVATION_BOUND + 2, "seed " + seed);
            }
        }
        assertTrue(starved > 0);
    }

    @Test
    void pctLetsTheOthersRunWhenTheHighestPriorityThreadSpinsForever() {
        for (long seed = 0; seed < 6; seed++) {
            SyntheticProgram program = new SyntheticProgram();
            program.thread().reads(5 * Machine.STARVATION_BOUND, 7); // a spinner that "never" ends
            program.thread().read(8).read(8);
            var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "pct", seed)));
            assertTrue(outcome.threads().lastIndexOf(1) <= Machine.STARVATION_BOUND + 2000, "seed " + seed);
        }
    }

    @Test
    void noStarvationUnderPreemptionOrWithACpuEach() {
        for (Parameters parameters : List.of(params(1, Policy.PREEMPTIVE, 4, "round-robin", 0),
                params(2, Policy.COOPERATIVE, 4, "round-robin", 0))) {
            SyntheticProgram program = new SyntheticProgram();
            program.thread().reads(Machine.STARVATION_BOUND + 10, 7);
            program.thread().write(8);
            assertEquals(List.of(), program.run(new Machine(parameters)).starvations(), parameters.toString());
        }
    }

    @Test
    void twoCpusHoldTwoThreadsThatTakeTurnsStepByStep() {
        var outcome = twoReaders(3).run(new Machine(params(2, Policy.COOPERATIVE, 1, "round-robin", 0)));
        assertEquals(List.of(0, 1, 0, 1, 0, 1), outcome.threads());
        assertEquals(List.of(0, 1, 0, 1, 0, 1), outcome.steps().stream().map(Step::cpu).toList());
    }

    @Test
    void oppositeLockOrdersDeadlockUnderRoundRobinWithQuantumOne() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().lock(100, 1).lock(200, 2).unlock(200).unlock(100);
        program.thread().lock(200, 3).lock(100, 4).unlock(100).unlock(200);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        Decision.Deadlock deadlock = assertInstanceOf(Decision.Deadlock.class, outcome.end());
        assertEquals(2, deadlock.blocked().size());
        assertEquals(1, deadlock.blocked().get(0).owner());
        assertEquals(0, deadlock.blocked().get(1).owner());
    }

    @Test
    void oppositeLockOrdersFinishWhenOneThreadRunsThrough() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().lock(100, 1).lock(200, 2).unlock(200).unlock(100);
        program.thread().lock(200, 3).lock(100, 4).unlock(100).unlock(200);
        var outcome = program.run(new Machine(params(1, Policy.COOPERATIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        assertEquals(List.of(0, 0, 1, 1), outcome.threads());
    }

    @Test
    void notifyWakesOneWaiterChosenByTheStrategy() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().lock(5, 1).await(5, 2).unlock(5);
        program.thread().lock(5, 3).await(5, 4).unlock(5);
        program.thread().join(0, 9).lock(5, 5).notifyOne(5).unlock(5).join(1, 6);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 4, "round-robin", 0)));
        // thread 2 waits for thread 0, which needs a notify thread 2 can only send after thread 0 ends
        assertInstanceOf(Decision.Deadlock.class, outcome.end());
        SyntheticProgram fair = new SyntheticProgram();
        fair.thread().lock(5, 1).await(5, 2).unlock(5);
        fair.thread().reads(3, 3).lock(5, 5).notifyOne(5).unlock(5);
        var woken = fair.run(new Machine(params(1, Policy.PREEMPTIVE, 4, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, woken.end());
        assertEquals(OpKind.WAIT, woken.steps().get(woken.steps().size() - 1).op().kind());
    }

    @Test
    void theSameSeedGivesTheSameScheduleAndAnotherSeedAnother() {
        for (String strategy : List.of("random", "pct")) {
            Set<List<Integer>> schedules = new HashSet<>();
            List<Integer> first = null;
            for (long seed = 0; seed < 20; seed++) {
                List<Integer> run = manyThreads().run(new Machine(params(1, Policy.PREEMPTIVE, 1, strategy, seed))).threads();
                List<Integer> again = manyThreads().run(new Machine(params(1, Policy.PREEMPTIVE, 1, strategy, seed))).threads();
                assertEquals(run, again, strategy + " seed " + seed);
                schedules.add(run);
                first = first == null ? run : first;
            }
            assertTrue(schedules.size() > 5, strategy + " gave only " + schedules.size() + " schedules in 20 seeds");
        }
    }

    private static SyntheticProgram manyThreads() {
        SyntheticProgram program = new SyntheticProgram();
        for (int t = 0; t < 3; t++) {
            program.thread().reads(5, t).write(10 + t);
        }
        return program;
    }

    @Test
    void pctRunsTheHighestPriorityThreadUntilAChangePoint() {
        PctStrategy pct = new PctStrategy(42, 2, 30);
        long change = pct.changePoints().get(0);
        var outcome = manyThreads().run(new Machine(params(1, Policy.COOPERATIVE, 1, "pct", 42), pct, null));
        List<Integer> threads = outcome.threads();
        // before the change point, one thread at a time runs to its end, highest priority first
        int first = threads.get(0);
        for (int i = 0; i < Math.min(change, 6); i++) {
            assertEquals(first, threads.get(i));
        }
    }

    @Test
    void aReplayHoldsBackTheThreadsTheSteeredRunHeldAtTheSameSteps() {
        // thread 0 is held at its write (site 2) until thread 1 reaches its write (site 4)
        SyntheticProgram.Steering steer = (machine, tid, op) -> {
            if (op.site() == 2) {
                machine.holdBack(0, true);
            } else if (op.site() == 4) {
                machine.holdBack(0, false);
            }
        };
        Machine steered = new Machine(params(1, Policy.PREEMPTIVE, 2, "random", 5));
        var original = holdable().steeredBy(steer).run(steered);
        Schedule schedule = steered.schedule(true);
        assertEquals(List.of(new Hold(schedule.holds().get(0).step(), 0, true), new Hold(schedule.holds().get(1).step(), 0, false)),
                schedule.holds());
        assertTrue(heldUntilThread1ReachedItsWrite(original), original.steps().toString());
        for (long seed = 1; seed <= 20; seed++) { // even when thread 1 uses up its time slices: held means only when alone
            var other = holdable().steeredBy(steer).run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed)));
            assertTrue(heldUntilThread1ReachedItsWrite(other), "seed " + seed + ": " + other.steps());
        }

        Machine replay = Machine.replaying(schedule);
        var replayed = holdable().run(replay);
        assertNull(replay.divergence());
        assertEquals(original.threads(), replayed.threads());
        assertEquals(schedule.holds(), replay.schedule(true).holds());
    }

    private static SyntheticProgram holdable() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().reads(1, 1).write(2).reads(2, 1);
        program.thread().reads(8, 3).write(4).reads(2, 3);
        return program;
    }

    /** True when thread 0 wrote (site 2) only after thread 1 had made its 8 reads (site 3) and so reached its write. */
    private static boolean heldUntilThread1ReachedItsWrite(SyntheticProgram.Outcome outcome) {
        long write = outcome.steps().stream().filter(s -> s.op().site() == 2).findFirst().orElseThrow().step();
        return outcome.steps().stream().filter(s -> s.op().site() == 3 && s.step() < write).count() >= 8;
    }

    @Test
    void replayGivesTheSameStepsAndNoticesAChangedProgram() {
        Machine recorded = new Machine(params(2, Policy.PREEMPTIVE, 2, "random", 7));
        var original = manyThreads().run(recorded);
        Schedule schedule = recorded.schedule(true);
        assertTrue(schedule.choices().size() > 3);
        Machine replay = Machine.replaying(new Schedule(schedule.format(), 1, 2, "preemptive", 2, "random", 999, 3,
                schedule.steps(), true, schedule.choices(), schedule.checks()));
        assertEquals(original.steps(), manyThreads().run(replay).steps());
        assertNull(replay.divergence());

        SyntheticProgram changed = new SyntheticProgram();
        for (int t = 0; t < 3; t++) {
            changed.thread().reads(5, t == 2 ? 99 : t).write(10 + t);
        }
        Machine diverging = Machine.replaying(schedule);
        changed.run(diverging);
        assertNotNull(diverging.divergence());
        assertTrue(diverging.divergence().startsWith("replay diverged at step "), diverging.divergence());
    }

    @Test
    void aReplayThatRunsOutOfChoicesSaysSo() {
        Machine recorded = new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 3));
        twoReaders(2).run(recorded);
        Machine replay = Machine.replaying(recorded.schedule(true));
        twoReaders(6).run(replay);
        assertNotNull(replay.divergence());
        assertNotEquals(-1, replay.divergence().indexOf("no choice left"), replay.divergence());
    }

    @Test
    void aHeldBackThreadRunsOnlyWhenNoOtherCan() {
        Machine machine = new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0));
        machine.create("steered", false);
        machine.arrive(0, Op.of(OpKind.READ, 1, 1));
        machine.holdBack(0, true);
        machine.create("free", false);
        machine.arrive(1, Op.of(OpKind.READ, 2, 2));
        Decision.Run first = assertInstanceOf(Decision.Run.class, machine.decide());
        assertEquals(1, first.step().tid());
        machine.end(1);
        Decision.Run alone = assertInstanceOf(Decision.Run.class, machine.decide());
        assertEquals(0, alone.step().tid());
    }

    @Test
    void readersShareAReadWriteLockAndAWriterWaitsForThemAll() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().readLock(300, 1).read(2).read(2).readUnlock(300);
        program.thread().readLock(300, 3).read(4).read(4).readUnlock(300);
        program.thread().writeLock(300, 5).write(6).unlock(300);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        List<Integer> threads = outcome.threads();
        // both readers hold the read half at once (the second takes it while the first holds it); the writer,
        // though its turn comes, is not enabled until both released it
        assertEquals(List.of(0, 1, 0), threads.subList(0, 3));
        long writerLock = outcome.steps().stream().filter(s -> s.op().kind() == OpKind.LOCK).findFirst().orElseThrow()
                .step();
        long lastRead = outcome.steps().stream().filter(s -> s.op().site() == 2 || s.op().site() == 4)
                .mapToLong(Step::step).max().orElseThrow();
        assertTrue(writerLock > lastRead, outcome.steps().toString());
    }

    @Test
    void aThreadThatAsksForTheWriteHalfWhileHoldingTheReadHalfDeadlocksOnItself() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().readLock(300, 1).writeLock(300, 2).unlock(300).readUnlock(300);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 4, "round-robin", 0)));
        Decision.Deadlock deadlock = assertInstanceOf(Decision.Deadlock.class, outcome.end());
        assertEquals(0, deadlock.blocked().get(0).owner(), "it waits for itself");
    }

    @Test
    void aReplayWhoseProgramEndsBeforeItsScheduleSaysSo() {
        Machine recorded = new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 3));
        twoReaders(6).run(recorded);
        Machine replay = Machine.replaying(recorded.schedule(true));
        twoReaders(2).run(replay);
        assertNotNull(replay.ended());
        assertTrue(replay.divergence().startsWith("replay diverged: the program ended after "), replay.divergence());
        Machine complete = Machine.replaying(recorded.schedule(true));
        twoReaders(6).run(complete);
        assertNull(complete.ended());
    }

    @Test
    void aLatchAwaitIsBlockedInTheModelUntilTheCountReachesZero() {
        SyntheticProgram program = new SyntheticProgram().units(100, 2);
        program.thread().awaitZero(100, 1).read(2);
        program.thread().read(3).give(100, -1).read(4).give(100, -1);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        assertEquals(List.of(1, 1, 0, 0), outcome.threads()); // the waiter goes only after the last countDown
    }

    @Test
    void aSemaphoreLetsAsManyThreadsThroughAsItHasPermits() {
        SyntheticProgram program = new SyntheticProgram().units(100, 1);
        program.thread().take(100, 1).read(2).give(100, 1);
        program.thread().take(100, 3).read(4).give(100, 1);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        assertEquals(List.of(0, 0, 1, 1), outcome.threads()); // the second acquire waits for the release
        assertEquals(List.of(1, 2, 3, 4), outcome.steps().stream().map(s -> s.op().site()).toList());
        assertEquals(1, program.unitsOf(100));
    }

    @Test
    void aQueueConsumerTakesEveryItemTheProducerPutsInTheSameOrderForASeed() {
        List<List<Integer>> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            SyntheticProgram program = new SyntheticProgram();
            program.thread().read(1).give(100, 1).read(1).give(100, 1).read(1).give(100, 1);
            program.thread().take(100, 2).take(100, 2).take(100, 2);
            var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 7)));
            assertInstanceOf(Decision.Nothing.class, outcome.end());
            assertEquals(0, program.unitsOf(100));
            runs.add(outcome.threads());
        }
        assertEquals(runs.get(0), runs.get(1));
    }

    @Test
    void parkConsumesThePermitUnparkGives() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().take(100, 1).read(2);
        program.thread().read(3).give(100, 1);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        assertEquals(List.of(1, 0, 0), outcome.threads());
    }

    @Test
    void aTimedTakeTimesOutOnlyWhenNoOtherThreadCanGoOn() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().takeTimed(100, 1).read(2);
        program.thread().read(3).read(3).read(3).give(100, 1);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 12)));
        assertEquals(List.of(1, 1, 1, 0, 0), outcome.threads()); // the take waits for the item: no timeout (seed 12's draw)
        assertEquals(0, program.unitsOf(100));
    }

    @Test
    void aTimedTakeNobodyFeedsTimesOutInsteadOfDeadlocking() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().takeTimed(100, 1).read(2);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, outcome.end()); // nobody gives: the timed call is still chosen
        assertEquals(List.of(0, 0), outcome.threads());
    }

    @Test
    void aTimedTakeTimesOutOnlyWhenNoOtherThreadCanGoOnAndTheModelSaysSo() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().takeTimed(100, 1).read(2);
        program.thread().read(3).read(3);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 12)));
        assertEquals(List.of(1, 1, 0, 0), outcome.threads());
        assertEquals(List.of(2L), outcome.timedOut().stream().map(Step::step).toList()); // once the reader ended
        assertEquals(Step.TimedOut.CLOCK, outcome.timedOut().get(0).timedOut(), "no other thread could go on: the clock's timeout");
        assertEquals(1, outcome.steps().stream().filter(step -> step.timedOut() != null).count(), outcome.steps().toString());
    }

    /** A timed wait that ends with no notify is marked early while the notifier could still go on, clock when it could not. */
    @Test
    void aTimedWaitEndingWithNoNotifyIsMarkedEarlyOrByTheClock() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().lock(7, 1).awaitTimed(7, 2).unlock(7).read(3);
        program.thread().read(4).read(4).lock(7, 5).notifyOne(7).unlock(7);
        Set<Step.TimedOut> seen = EnumSet.noneOf(Step.TimedOut.class);
        for (long seed = 0; seed < 40; seed++) {
            var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed)));
            for (Step step : outcome.steps()) {
                if (step.timedOut() != null) {
                    assertEquals(OpKind.WAIT, step.op().kind(), "seed " + seed);
                    boolean notifierGoesOn = outcome.steps().stream().anyMatch(later -> later.tid() == 1 && later.step() > step.step());
                    assertEquals(notifierGoesOn ? Step.TimedOut.EARLY : Step.TimedOut.CLOCK, step.timedOut(), "seed " + seed + ": " + outcome.steps());
                    seen.add(step.timedOut());
                }
            }
        }
        assertEquals(EnumSet.allOf(Step.TimedOut.class), seen);
    }

    @Test
    void aTimedTryLockOfAHeldLockTimesOutEarlyInSomeRandomSchedulesAndNeverUnderRoundRobin() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().lock(7, 1).read(2).read(2).unlock(7);
        program.thread().read(3).tryLockTimed(7, 4).unlock(7);
        int early = 0;
        for (long seed = 0; seed < 40; seed++) {
            var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed)));
            assertInstanceOf(Decision.Nothing.class, outcome.end());
            early += outcome.timedOut().size(); // it gives up while the holder, which can always go on, is slow
            outcome.timedOut().forEach(step -> assertEquals(Step.TimedOut.EARLY, step.timedOut(), "the schedule's timeout"));
        }
        assertTrue(early > 0 && early < 20, early + " early timeouts in 40 seeds");
        var roundRobin = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertEquals(List.of(), roundRobin.timedOut()); // the holder can always go on: no timeout
    }

    /**
     * TryLockAnyway's shape: main starts a settler, whose {@code tryLock(20, ms)} gives up (and posts unlocked) only
     * if the auditor, started after it, took the lock first and is still in its critical section.
     */
    private static SyntheticProgram tryLockThatGivesUp() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().start(1, 1).start(2, 2).join(1, 3).join(2, 4).read(5);
        program.startedThread().tryLockTimed(7, 10).read(11).write(11).unlock(7);
        program.startedThread().lock(7, 20).read(21).write(21).unlock(7);
        return program;
    }

    @Test
    void aTryLockThatGivesUpOnASlowHolderIsReachedInOneRunInEightUnderRandomAndPct() {
        for (String strategy : List.of("random", "pct")) {
            int gaveUp = 0;
            for (long seed = 0; seed < 200; seed++) {
                Parameters parameters = new Parameters(1, Policy.PREEMPTIVE, 1, strategy, seed, 3, 20);
                gaveUp += tryLockThatGivesUp().run(new Machine(parameters)).timedOut().isEmpty() ? 0 : 1;
            }
            // the auditor holds the lock as the settler's call blocks in about a quarter of the runs, and the draw
            // times it out in half of those; under pct the auditor, of higher priority, then releases the lock
            // before the settler runs again, and the chosen timeout holds (before it did not: 2 runs in 200)
            assertTrue(gaveUp >= 25, strategy + ": " + gaveUp + " of 200 runs");
        }
    }

    /** A consumer's timed take of an item a producer gives after some work: the timeout or the item. */
    private static SyntheticProgram timedTakeOfASlowProducer() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().takeTimed(100, 1).write(2);
        program.thread().reads(4, 3).write(4).give(100, 1).read(5);
        return program;
    }

    @Test
    void aTimedTakeAndItsSlowProducerReachBothOutcomesUnderRandomAndPctWithinTwentySeeds() {
        for (String strategy : List.of("random", "pct")) {
            Set<Boolean> outcomes = new HashSet<>();
            for (long seed = 0; seed < 20; seed++) {
                SyntheticProgram program = timedTakeOfASlowProducer();
                var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, strategy, seed)));
                assertInstanceOf(Decision.Nothing.class, outcome.end());
                boolean timedOut = !outcome.timedOut().isEmpty();
                assertEquals(timedOut ? 1 : 0, program.unitsOf(100), strategy + " seed " + seed); // taken unless timed out
                outcomes.add(timedOut);
            }
            assertEquals(Set.of(true, false), outcomes, strategy);
        }
    }

    /**
     * A timed take the strategy chose to time out gives up even when the producer gave its item before the consumer
     * ran again (the consumer was slow to return), as a {@code tryLock(time, unit)} does (schedule version 4); a
     * replay of such a schedule as version 3 takes the item there, as weft did before.
     */
    @Test
    void aTimedTakeChosenToTimeOutGivesUpEvenWhenTheItemCameFirstButNotInAVersion3Replay() {
        int gaveUp = 0;
        for (long seed = 0; seed < 100; seed++) {
            Machine machine = new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed));
            SyntheticProgram program = timedTakeOfASlowProducer();
            var outcome = program.run(machine);
            Step take = outcome.steps().stream().filter(step -> step.op().kind() == OpKind.BLOCK).findFirst().orElseThrow();
            Step given = outcome.steps().stream().filter(step -> step.tid() == 1 && step.op().kind() == OpKind.WRITE).findFirst().orElseThrow();
            if (take.step() < given.step() || outcome.timedOut().isEmpty()) {
                continue; // the item came after the take, or the take waited for it
            }
            gaveUp++;
            assertEquals(Step.TimedOut.EARLY, take.timedOut());
            assertEquals(1, program.unitsOf(100), "the item stays in the queue");
            Schedule recorded = machine.schedule(true);
            Schedule before = new Schedule(Schedule.FORMAT, 3, 1, "preemptive", 1, "random", seed, 3, recorded.steps(), true,
                    recorded.choices(), recorded.checks());
            SyntheticProgram again = timedTakeOfASlowProducer();
            Machine replay = Machine.replaying(before);
            assertEquals(List.of(), again.run(replay).timedOut(), "seed " + seed + ": version 3 took the item that came");
            assertEquals(0, again.unitsOf(100));
            assertNull(replay.divergence());
        }
        assertTrue(gaveUp > 0, "no run where the item came before the consumer's timed-out take ran again");
    }

    @Test
    void underRoundRobinATimedTakeWaitsForItsProducerAsBeforeTimeoutsWereChoices() {
        SyntheticProgram program = timedTakeOfASlowProducer();
        Machine machine = new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0));
        var outcome = program.run(machine);
        assertEquals(List.of(), outcome.timedOut());
        assertEquals(List.of(1, 1, 1, 1, 1, 0, 1, 0), outcome.threads()); // the producer runs through its give first
        assertTrue(machine.schedule(true).choices().contains(Machine.NO_TIMEOUT)); // the choice was made, and recorded
    }

    @Test
    void anEarlyTimeoutReplaysExactlyAndAScheduleOfTheFirstVersionReplaysWithoutTimeoutChoices() {
        long seed = 0;
        while (timedTakeOfASlowProducer().run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed))).timedOut().isEmpty()) {
            seed++;
        }
        Machine recorded = new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed));
        var original = timedTakeOfASlowProducer().run(recorded);
        Schedule schedule = recorded.schedule(true);
        assertEquals(Schedule.VERSION, schedule.version());
        for (int i = 0; i < 3; i++) {
            Machine replay = Machine.replaying(schedule);
            var again = timedTakeOfASlowProducer().run(replay);
            assertEquals(original.steps(), again.steps());
            assertEquals(original.timedOut(), again.timedOut());
            assertNull(replay.divergence());
        }

        // a file of version 1 has no timeout choices: its replay makes none, and takes the recorded steps
        Schedule none = new Schedule(Schedule.FORMAT, 1, 1, "preemptive", 1, "random", seed, 3, 0, true, List.of(), List.of());
        Machine before = new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed), new RandomStrategy(seed), none);
        var old = timedTakeOfASlowProducer().run(before); // diverges at its first choice, then goes on as version 1 did
        Schedule first = new Schedule(Schedule.FORMAT, 1, 1, "preemptive", 1, "random", seed, 3, before.steps(), true,
                before.schedule(true).choices(), before.schedule(true).checks());
        Machine replay = Machine.replaying(first);
        assertEquals(old.steps(), timedTakeOfASlowProducer().run(replay).steps());
        assertNull(replay.divergence());
        assertEquals(List.of(), old.timedOut());
    }

    @Test
    void atMostOneTimedWaitTimesOutEarlyInARun() {
        int runsWithOne = 0;
        for (long seed = 0; seed < 40; seed++) {
            SyntheticProgram program = new SyntheticProgram();
            program.thread().takeTimed(100, 1).takeTimed(100, 2).takeTimed(100, 3).takeTimed(100, 4);
            program.thread().reads(3, 5).give(100, 1).reads(3, 6).give(100, 1).reads(3, 7).give(100, 1)
                    .reads(3, 8).give(100, 1);
            var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed)));
            assertTrue(outcome.timedOut().size() <= 1, "seed " + seed + ": " + outcome.timedOut());
            runsWithOne += outcome.timedOut().size();
        }
        assertTrue(runsWithOne > 5, runsWithOne + " runs of 40 with an early timeout");
    }

    @Test
    void timedTryLocksInOppositeOrdersBackOffInsteadOfDeadlocking() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().lock(7, 1).tryLockTimed(8, 2).unlock(8).unlock(7);
        program.thread().lock(8, 3).tryLockTimed(7, 4).unlock(7).unlock(8);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        assertEquals(1, outcome.timedOut().size()); // the first one chosen times out; the other then gets its lock
    }

    @Test
    void aTimedJoinWaitsForTheThreadToEndUnlessNoThreadCanGoOn() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().joinTimed(1, 1).read(2);
        program.thread().read(3).read(3).read(3);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 12)));
        assertEquals(List.of(1, 1, 1, 0, 0), outcome.threads());
        assertEquals(List.of(), outcome.timedOut());

        SyntheticProgram stuck = new SyntheticProgram();
        stuck.thread().lock(7, 1).joinTimed(1, 2).unlock(7);
        stuck.thread().lock(7, 3).unlock(7);
        var joinTimesOut = stuck.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0)));
        assertInstanceOf(Decision.Nothing.class, joinTimesOut.end()); // not a deadlock: the join timed out
        assertEquals(List.of(2), joinTimesOut.timedOut().stream().map(s -> s.op().site()).toList());
    }

    @Test
    void everyThreadWaitingOnALatchOrAQueueNobodyFeedsIsADeadlock() {
        SyntheticProgram program = new SyntheticProgram().units(100, 1);
        program.thread().awaitZero(100, 1).give(200, 1);
        program.thread().take(200, 2).give(100, -1);
        var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 3)));
        Decision.Deadlock deadlock = assertInstanceOf(Decision.Deadlock.class, outcome.end());
        assertEquals(List.of(0, 1), deadlock.blocked().stream().map(Decision.Blocked::tid).toList());
        assertEquals(List.of(OpKind.BLOCK, OpKind.BLOCK), deadlock.blocked().stream().map(b -> b.op().kind()).toList());
        assertEquals(-1, deadlock.blocked().get(0).owner());
    }

    @Test
    void aConditionAwaitReleasesItsLockAndOnlyASignalOfThatConditionWakesIt() {
        SyntheticProgram program = new SyntheticProgram();
        // lock 5 has conditions 6 (not empty) and 7 (not full): the signal of 7 must not wake the waiter on 6
        program.thread().writeLock(5, 1).awaitCondition(6, 5, 2).unlock(5).writeLock(5, 7).unlock(5);
        program.thread().reads(2, 3).writeLock(5, 4).notifyOne(7).unlock(5).writeLock(5, 5).notifyOne(6).unlock(5);
        Machine machine = new Machine(params(1, Policy.PREEMPTIVE, 1, "round-robin", 0));
        machine.condition(6, 5);
        machine.condition(7, 5);
        var outcome = program.run(machine);
        assertInstanceOf(Decision.Nothing.class, outcome.end());
        Step woken = outcome.steps().get(outcome.steps().size() - 2);
        assertEquals(OpKind.WAIT, woken.op().kind());
        assertEquals(0, woken.tid()); // after the signal of its own condition, once thread 1 released the lock
        assertTrue(machine.wasNotified(0));
        assertTrue(machine.held(0).isEmpty()); // the holds around its wait were counted right
    }

    @Test
    void aConditionAwaitNobodySignalsIsADeadlockOnTheCondition() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().writeLock(5, 1).awaitCondition(6, 5, 2).unlock(5);
        program.thread().writeLock(5, 3).notifyOne(7).unlock(5).join(0, 4);
        Machine machine = new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 2));
        machine.condition(6, 5);
        machine.condition(7, 5);
        Decision.Deadlock deadlock = assertInstanceOf(Decision.Deadlock.class, program.run(machine).end());
        assertEquals(List.of(OpKind.WAIT, OpKind.JOIN), deadlock.blocked().stream().map(b -> b.op().kind()).toList());
        assertEquals(6, deadlock.blocked().get(0).op().target());
    }

    // ---- stamp21: a StampedLock's stamps ----

    /**
     * A write stamp handed to another thread, which unlocks it: the lock is free in the model again (a stamp is not its
     * thread's), so the first thread's next write stamp goes on and every run ends; while held, the stamp is its taker's.
     */
    @Test
    void aStampUnlockedByAnotherThreadFreesTheStampedLockInEveryRun() {
        for (long seed = 0; seed < 20; seed++) {
            SyntheticProgram program = new SyntheticProgram().stamped(9);
            program.thread().stampWrite(9, 1).read(2).give(100, 1).stampWrite(9, 3).unlockStamp(9, true);
            program.thread().take(100, 4).unlockStamp(9, true);
            Machine machine = new Machine(params(1, Policy.PREEMPTIVE, 1, "random", seed));
            var outcome = program.run(machine);
            assertInstanceOf(Decision.Nothing.class, outcome.end(), "seed " + seed);
            assertEquals(4, outcome.steps().size(), "seed " + seed);
            assertEquals(java.util.Map.of(), machine.held(0));
        }
    }

    /**
     * A {@code StampedLock} is not reentrant: a write stamp asked for under the thread's own read stamp or write stamp
     * waits for itself, a deadlock naming the thread as the holder (a {@code ReentrantLock} asked for again goes on).
     */
    @Test
    void aStampRequestUnderTheThreadsOwnStampIsADeadlockWithItselfAsTheHolder() {
        for (boolean read : List.of(true, false)) {
            SyntheticProgram program = new SyntheticProgram().stamped(9);
            SyntheticProgram.Script loader = program.thread();
            (read ? loader.stampRead(9, 1) : loader.stampWrite(9, 1)).stampWrite(9, 2).unlockStamp(9, true).unlockStamp(9, !read);
            var outcome = program.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 1)));
            Decision.Deadlock deadlock = assertInstanceOf(Decision.Deadlock.class, outcome.end(), "read " + read);
            assertEquals(List.of(new Decision.Blocked(0, new Op(OpKind.LOCK, 9, false, 2, 2), 0)), deadlock.blocked());
        }
        SyntheticProgram reentrant = new SyntheticProgram();
        reentrant.thread().writeLock(9, 1).writeLock(9, 2).unlock(9).unlock(9);
        assertInstanceOf(Decision.Nothing.class, reentrant.run(new Machine(params(1, Policy.PREEMPTIVE, 1, "random", 1))).end());
    }

    /** Two read stamps are held at once; a write stamp waits for both, each given up by either reader. */
    @Test
    void readStampsAreSharedAndAWriteStampWaitsForEveryOne() {
        for (long seed = 0; seed < 20; seed++) {
            SyntheticProgram program = new SyntheticProgram().stamped(9);
            program.thread().stampRead(9, 1).read(2).unlockStamp(9, false);
            program.thread().stampRead(9, 3).read(4).unlockStamp(9, false);
            program.thread().stampWrite(9, 5).write(6).unlockStamp(9, true);
            var outcome = program.run(new Machine(params(2, Policy.PREEMPTIVE, 1, "random", seed)));
            assertInstanceOf(Decision.Nothing.class, outcome.end(), "seed " + seed);
            List<Integer> sites = outcome.steps().stream().map(step -> step.op().site()).toList();
            int write = sites.indexOf(5);
            assertTrue(write < sites.indexOf(1) || write > sites.indexOf(2), "seed " + seed + ": " + sites);
            assertTrue(write < sites.indexOf(3) || write > sites.indexOf(4), "seed " + seed + ": " + sites);
        }
    }
}
