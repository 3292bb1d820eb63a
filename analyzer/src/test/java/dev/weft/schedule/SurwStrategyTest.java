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
}
