package dev.weft.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The selectively uniform random walk ({@link SurwStrategy}) on {@link ChangePointsTest}'s synthetic programs, each
 * count exact for seeds 0..199, its lengths learnt as {@code weft explore} learns them: the distinct sites each thread
 * ran in an earlier run.
 */
class SurwStrategyTest {

    private static final int SEEDS = 200;
    private static final long FLAG = 50;
    private static final long MONITOR = 100;
    private static final long TASKS = 60;

    /** The distinct sites each thread of {@code program} runs, from a run under {@code round-robin}. */
    private static List<Integer> lengths(SyntheticProgram program) {
        Machine machine = new Machine(new Parameters(1, Policy.PREEMPTIVE, 1, "round-robin", 0, 3, PctStrategy.STEP_ESTIMATE));
        program.run(machine);
        return machine.schedule(true).threadSites();
    }

    /** In how many of the seeds' runs {@code strategy}, given {@code lengths}, gives the bug. */
    private static int found(String strategy, List<Integer> lengths, Supplier<SyntheticProgram> program,
                             Predicate<SyntheticProgram.Outcome> bug) {
        int found = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Parameters parameters = new Parameters(1, Policy.PREEMPTIVE, 1, strategy, seed, 3, PctStrategy.STEP_ESTIMATE, lengths);
            found += bug.test(program.get().run(new Machine(parameters))) ? 1 : 0;
        }
        return found;
    }

    @Test
    void theScheduleRecordsTheSitesOfEachThread() {
        // main: two starts and two joins; the rollout's three writes; the watchdog's two reads
        assertEquals(List.of(4, 3, 2), lengths(ChangePointsTest.rolloutPhases()));
    }

    @Test
    void aThreadAtItsStopCheckWaitsForItsPartnerBehindAWarmUp() {
        // random lets one thread run about the square root of the rounds ahead: the collector's check then never falls
        // just before the feeder's stop; pct-new-sites needs its change point at that check
        List<Integer> lengths = lengths(ChangePointsTest.warmupLostStop(200));
        int surw = found("surw", lengths, () -> ChangePointsTest.warmupLostStop(200), ChangePointsTest.lostNotify(30, 23));
        assertTrue(surw >= SEEDS / 10, surw + " of " + SEEDS); // 27
        assertEquals(0, found("random", List.of(), () -> ChangePointsTest.warmupLostStop(200), ChangePointsTest.lostNotify(30, 23)));
    }

    @Test
    void theRolloutsWritesAndTheWatchdogsReadsInterleaveUniformly() {
        // 1 of the 10 orders of three writes and two reads is the stall; random gives the watchdog half of each choice
        List<Integer> lengths = lengths(ChangePointsTest.rolloutPhases());
        int surw = found("surw", lengths, ChangePointsTest::rolloutPhases, ChangePointsTest.STALLED);
        int random = found("random", List.of(), ChangePointsTest::rolloutPhases, ChangePointsTest.STALLED);
        assertTrue(surw > 2 * random, surw + " against random's " + random); // 29 and 13
    }

    /**
     * {@code WorkQueueShutdownOutside}: a worker looks at a shutdown flag, then takes a task under the queue's monitor;
     * in its second round it looks again, then awaits a task. The owner submits a task, then sets the flag and notifies. Lost when the owner's write comes
     * after the worker's last look and its notify before the worker's wait.
     */
    private static SyntheticProgram workQueueShutdown() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().start(1, 1).lock(MONITOR, 5).write(TASKS, 6).unlock(MONITOR).write(FLAG, 2).lock(MONITOR, 3).notifyEvery(MONITOR).unlock(MONITOR).join(1, 4);
        SyntheticProgram.Script worker = program.startedThread();
        worker.read(FLAG, 10).lock(MONITOR, 11).read(TASKS, 12).write(TASKS, 13).unlock(MONITOR);
        worker.read(FLAG, 10).lock(MONITOR, 11).await(MONITOR, 14).unlock(MONITOR);
        return program;
    }

    private static final Predicate<SyntheticProgram.Outcome> LOST_SHUTDOWN = outcome -> {
        List<Integer> sites = outcome.steps().stream().map(step -> step.op().site()).toList();
        return outcome.end() instanceof Decision.Deadlock && sites.lastIndexOf(10) < sites.indexOf(2);
    };

    @Test
    void aStepThatConflictsWithAnotherOptionsIsInterestingAtAnyRound() {
        // the worker's last look at the flag is at a site it ran before: surw lets the owner's write (a new site) in
        // only at the worker's next new site, its wait, past the window; surw-conflicts holds it at the conflicting look
        List<Integer> lengths = lengths(workQueueShutdown());
        int conflicts = found("surw-conflicts", lengths, () -> workQueueShutdown(), LOST_SHUTDOWN);
        int surw = found("surw", lengths, () -> workQueueShutdown(), LOST_SHUTDOWN);
        assertTrue(conflicts > 2 * surw, conflicts + " against surw's " + surw); // 4 and 1; random 9 in this short model
    }
}
