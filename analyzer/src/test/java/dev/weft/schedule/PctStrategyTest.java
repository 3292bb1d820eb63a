package dev.weft.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * PCT on synthetic programs shaped like the benchmark's bugs, with threads the main thread starts (as the
 * agent reports them: a thread joins the model at its {@code start()}), preempted at every point
 * ({@code quantum=1}) as {@code weft explore} runs them. Each search is deterministic per seed, so the rates
 * below are exact for seeds 0..199.
 */
class PctStrategyTest {

    private static final int SEEDS = 200;

    /** Plain PCT looks at no pending operation. */
    private static final Pending NOTHING_PENDING = new Pending() {
        @Override
        public Op op(int tid) {
            return null;
        }

        @Override
        public boolean atNewSite(int tid) {
            return false;
        }

        @Override
        public int sitesRun(int tid) {
            return 0;
        }
    };

    /** Two tellers, started by main after it wrote two fields, lock two accounts in opposite orders. */
    private static SyntheticProgram oppositeTransfers() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().write(1).write(1).start(1, 2).start(2, 3).join(1, 4).join(2, 5).read(6).read(6);
        program.startedThread().lock(100, 10).lock(200, 11).read(12).write(12).read(13).write(13).unlock(200).unlock(100);
        program.startedThread().lock(200, 10).lock(100, 11).read(12).write(12).read(13).write(13).unlock(100).unlock(200);
        return program;
    }

    /** Three philosophers take their left fork, then their right: a deadlock when each holds its left one (depth 3). */
    private static SyntheticProgram philosophers() {
        SyntheticProgram program = new SyntheticProgram();
        SyntheticProgram.Script main = program.thread().write(1).write(1).write(1);
        for (int i = 0; i < 3; i++) {
            main.read(2).read(3).write(4);
        }
        for (int i = 1; i <= 3; i++) {
            main.read(5).start(i, 6);
        }
        for (int i = 1; i <= 3; i++) {
            main.read(7).join(i, 8);
        }
        for (int i = 0; i < 3; i++) {
            long left = 300 + i;
            long right = 300 + (i + 1) % 3;
            program.startedThread().lock(left, 18).lock(right, 19).unlock(right).unlock(left);
        }
        return program;
    }

    private static Machine pct(long seed, int steps) {
        Parameters parameters = new Parameters(1, Policy.PREEMPTIVE, 1, "pct", seed, 3, steps);
        return new Machine(parameters, new PctStrategy(seed, 3, steps), null);
    }

    /** How many choices a run of {@code program} makes (what {@code weft explore} passes PCT as its estimate). */
    private static int choicesOf(SyntheticProgram program) {
        Machine machine = new Machine(new Parameters(1, Policy.PREEMPTIVE, 1, "round-robin", 0, 3, PctStrategy.STEP_ESTIMATE));
        program.run(machine);
        return machine.schedule(true).choices().size();
    }

    private static int deadlocks(Supplier<SyntheticProgram> program, java.util.function.LongFunction<Machine> machine) {
        return found(program, machine, outcome -> outcome.end() instanceof Decision.Deadlock);
    }

    private static int found(Supplier<SyntheticProgram> program, java.util.function.LongFunction<Machine> machine,
                             Predicate<SyntheticProgram.Outcome> bug) {
        int found = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            found += bug.test(program.get().run(machine.apply(seed))) ? 1 : 0;
        }
        return found;
    }

    @Test
    void changePointsAreDistinctChoicesWithinTheEstimate() {
        for (long seed = 0; seed < 500; seed++) {
            List<Long> points = new PctStrategy(seed, 3, 2).changePoints();
            assertEquals(2, new HashSet<>(points).size(), "seed " + seed + ": " + points);
            assertTrue(points.stream().allMatch(p -> p >= 1 && p <= 2), "seed " + seed + ": " + points);
            assertEquals(1, new PctStrategy(seed, 4, 1).changePoints().size(), "no more change points than choices");
        }
    }

    @Test
    void theThreadChosenAtAChangePointTakesThatStepThenEveryOtherGoesFirst() {
        PctStrategy pct = new PctStrategy(7, 2, 5);
        long change = pct.changePoints().get(0);
        for (int tid = 0; tid < 3; tid++) {
            pct.threadCreated(tid);
        }
        List<Integer> options = List.of(0, 1, 2);
        int top = pct.pick(Choice.DISPATCH, options, NOTHING_PENDING);
        for (long choice = 2; choice <= change; choice++) {
            assertEquals(top, pct.pick(Choice.DISPATCH, options, NOTHING_PENDING), "choice " + choice);
        }
        int next = pct.pick(Choice.DISPATCH, options, NOTHING_PENDING);
        assertTrue(next != top && pct.priority(top) < pct.priority(next), "after the change point " + change);
    }

    @Test
    void changePointsFallOnChoicesSoThatAStepOfAThreadAloneWastesNone() {
        // the run takes 20 steps, only 4 of them choices: drawn from the 20 steps (as before), most change points
        // fell where one thread alone could run, and PCT found this deadlock in 18 of these 200 runs (random: 73)
        int choices = choicesOf(oppositeTransfers());
        assertEquals(4, choices);
        int found = deadlocks(PctStrategyTest::oppositeTransfers, seed -> pct(seed, choices));
        int random = deadlocks(PctStrategyTest::oppositeTransfers,
                seed -> new Machine(new Parameters(1, Policy.PREEMPTIVE, 1, "random", seed, 3, PctStrategy.STEP_ESTIMATE)));
        assertTrue(found >= SEEDS * 2 / 5, found + " of " + SEEDS);
        assertTrue(found > random, found + " against random's " + random);
    }

    @Test
    void pctFindsTheThreePhilosophersDeadlockThatNeedsTwoChangePoints() {
        // two philosophers must each be stopped right after their first lock: drawn from the run's 30 steps (as
        // before), the change points found it in 5 of these 200 runs
        int choices = choicesOf(philosophers());
        int found = deadlocks(PctStrategyTest::philosophers, seed -> pct(seed, choices));
        assertTrue(found >= SEEDS / 20, found + " of " + SEEDS);
    }
}
