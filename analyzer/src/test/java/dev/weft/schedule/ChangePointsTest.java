package dev.weft.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The strategies that look at the pending operations ({@link Pending}): PCT's change points at new sites and at
 * conflicts, on synthetic programs shaped like {@code ExploreHuntIT}'s, each search exact for seeds 0..199 (as in
 * {@link PctStrategyTest}). The scripts cannot branch on a value read, so each bug is the order of steps that makes it.
 */
class ChangePointsTest {

    private static final int SEEDS = 200;
    private static final long FLAG = 50;
    private static final long MONITOR = 100;
    private static final long TALLY_LOCK = 200;
    private static final long TALLY = 60;

    /**
     * {@code UploadDoneNotify}: main reads a flag, then waits under a monitor; the uploader sets the flag and notifies.
     * Lost when main's read comes before the write and the notify before main's wait.
     */
    private static SyntheticProgram uploadDoneNotify() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().start(1, 1).read(FLAG, 2).lock(MONITOR, 3).await(MONITOR, 4).unlock(MONITOR).join(1, 5);
        program.startedThread().write(FLAG, 10).lock(MONITOR, 11).notifyOne(MONITOR).unlock(MONITOR);
        return program;
    }

    /** {@code WarmupLostStop}: {@code uploadDoneNotify}'s bug behind {@code rounds} rounds of a shared tally per thread. */
    static SyntheticProgram warmupLostStop(int rounds) {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().start(1, 1).start(2, 2).join(1, 3).join(2, 4);
        counting(program.startedThread(), rounds).write(FLAG, 23).lock(MONITOR, 24).notifyEvery(MONITOR).unlock(MONITOR);
        counting(program.startedThread(), rounds).read(FLAG, 30).lock(MONITOR, 31).await(MONITOR, 32).unlock(MONITOR);
        return program;
    }

    private static SyntheticProgram.Script counting(SyntheticProgram.Script script, int rounds) {
        for (int i = 0; i < rounds; i++) {
            script.lock(TALLY_LOCK, 20).read(TALLY, 21).write(TALLY, 22).unlock(TALLY_LOCK);
        }
        return script;
    }

    /** {@code RolloutPhases}: three writes of a phase; a watchdog's two reads see the first and the second. */
    static SyntheticProgram rolloutPhases() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().start(1, 1).start(2, 2).join(1, 3).join(2, 4);
        program.startedThread().write(FLAG, 10).write(FLAG, 11).write(FLAG, 12);
        program.startedThread().read(FLAG, 20).read(FLAG, 21);
        return program;
    }

    /** The sites of the steps, in order. */
    private static List<Integer> sites(SyntheticProgram.Outcome outcome) {
        List<Integer> sites = new ArrayList<>();
        outcome.steps().forEach(step -> sites.add(step.op().site()));
        return sites;
    }

    /** The site {@code before}'s step comes before {@code after}'s. */
    private static boolean before(SyntheticProgram.Outcome outcome, int before, int after) {
        List<Integer> sites = sites(outcome);
        return sites.indexOf(before) >= 0 && sites.indexOf(before) < sites.indexOf(after);
    }

    static Predicate<SyntheticProgram.Outcome> lostNotify(int read, int write) {
        return outcome -> outcome.end() instanceof Decision.Deadlock && before(outcome, read, write);
    }

    static final Predicate<SyntheticProgram.Outcome> STALLED = outcome -> before(outcome, 10, 20)
            && before(outcome, 20, 11) && before(outcome, 11, 21) && before(outcome, 21, 12);

    private static int choicesOf(SyntheticProgram program) {
        Machine machine = new Machine(new Parameters(1, Policy.PREEMPTIVE, 1, "round-robin", 0, 3, PctStrategy.STEP_ESTIMATE));
        program.run(machine);
        return machine.schedule(true).choices().size();
    }

    /** In how many of the seeds' runs {@code strategy} (its k the program's choices, as explore learns it) gives the bug. */
    private static int found(String strategy, Supplier<SyntheticProgram> program, Predicate<SyntheticProgram.Outcome> bug) {
        return found(strategy, choicesOf(program.get()), program, bug);
    }

    /** ... with {@code choices} as the strategy's estimate k. */
    private static int found(String strategy, int choices, Supplier<SyntheticProgram> program, Predicate<SyntheticProgram.Outcome> bug) {
        int found = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Machine machine = new Machine(new Parameters(1, Policy.PREEMPTIVE, 1, strategy, seed, 3, choices));
            found += bug.test(program.get().run(machine)) ? 1 : 0;
        }
        return found;
    }

    /** A strategy that picks the first option and writes down what {@link Pending} said of each option. */
    private static final class Recording implements Strategy {
        final List<String> seen = new ArrayList<>();

        @Override
        public int pick(Choice choice, List<Integer> options, Pending pending) {
            StringBuilder line = new StringBuilder();
            for (int tid : options) {
                Op op = pending.op(tid);
                line.append(tid).append(':').append(op.kind().label()).append('@').append(op.site())
                        .append(pending.atNewSite(tid) ? " new" : "").append(options.indexOf(tid) < options.size() - 1 ? ", " : "");
            }
            seen.add(line.toString());
            return options.get(0);
        }
    }

    @Test
    void pickSeesEachOptionsPendingOperationAndWhetherItsSiteIsNewToItsThread() {
        SyntheticProgram program = new SyntheticProgram();
        program.thread().read(FLAG, 1).read(FLAG, 1).write(FLAG, 2);
        program.thread().read(FLAG, 1).read(FLAG, 3);
        Recording recording = new Recording();
        program.run(new Machine(new Parameters(1, Policy.PREEMPTIVE, 1, "round-robin", 0, 3, 10), recording, null));
        // the first option (the longest ready) runs each time: thread 0's second read at site 1 is no longer new to it
        // although thread 1 has not run site 1 yet; then thread 1's read at site 3 is
        assertEquals(List.of("0:read@1 new, 1:read@1 new", "1:read@1 new, 0:read@1", "0:read@1, 1:read@3 new"),
                recording.seen.subList(0, 3));
    }

    @Test
    void stepsConflictOnOneLockOrOnOneVariableWithAWrite() {
        List<Op> ops = List.of(new Op(OpKind.READ, 7, false, 1, 1), new Op(OpKind.READ, 7, false, 2, 2),
                new Op(OpKind.WRITE, 7, false, 3, 3), new Op(OpKind.WRITE, 8, false, 4, 4),
                new Op(OpKind.MONITOR_ENTER, 7, false, 5, 5), new Op(OpKind.LOCK, 7, false, 6, 6), Op.of(OpKind.WRITE, 7, 7));
        Pending pending = new Pending() {
            @Override
            public Op op(int tid) {
                return ops.get(tid);
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
        assertFalse(pending.conflict(0, 1), "two reads");
        assertTrue(pending.conflict(0, 2), "a read and a write of one variable");
        assertTrue(pending.conflict(2, 2), "two writes");
        assertFalse(pending.conflict(2, 3), "two variables");
        assertFalse(pending.conflict(2, 4), "a variable and a lock with the same number");
        assertTrue(pending.conflict(4, 5), "one lock");
        assertFalse(pending.conflict(6, 2), "a write with no known variable");
    }

    @Test
    void newSiteChangePointsAreDrawnWithinTheRunsChoices() {
        // the lost notify needs a change point at main's read, the first of the run's 3 choices: drawn among 40
        // choices at new sites whatever the run's length (the sixteenth session's variant), it was found in 3 of 200
        int choices = choicesOf(uploadDoneNotify());
        assertEquals(3, choices);
        int withinTheRun = found("pct-new-sites", ChangePointsTest::uploadDoneNotify, lostNotify(2, 10));
        assertEquals(found("pct", ChangePointsTest::uploadDoneNotify, lostNotify(2, 10)), withinTheRun, "as often as pct");
        assertTrue(withinTheRun >= SEEDS / 5, withinTheRun + " of " + SEEDS);
        assertTrue(found("pct-new-sites", 1000, ChangePointsTest::uploadDoneNotify, lostNotify(2, 10)) <= SEEDS / 50);
    }

    @Test
    void newSiteChangePointsReachALostStopBehindAWarmUp() {
        // 200 rounds of the tally per thread, about 400 choices: pct hits the collector's check once in 200 runs
        int newSites = found("pct-new-sites", () -> warmupLostStop(200), lostNotify(30, 23));
        int pct = found("pct", () -> warmupLostStop(200), lostNotify(30, 23));
        assertTrue(newSites > 2 * pct, newSites + " against pct's " + pct);
        assertEquals(0, found("random", () -> warmupLostStop(200), lostNotify(30, 23)));
    }

    @Test
    void partialOrderSamplingReachesOrdersPctOfDepthThreeCannot() {
        // the watchdog's reads between the rollout's three writes need three changes of order: PCT of depth 3 has two
        int pos = found("pos", ChangePointsTest::rolloutPhases, STALLED);
        assertEquals(0, found("pct", ChangePointsTest::rolloutPhases, STALLED));
        assertTrue(pos >= found("random", ChangePointsTest::rolloutPhases, STALLED), pos + " of " + SEEDS);
        assertTrue(found("pos", () -> warmupLostStop(200), lostNotify(30, 23)) > 0, "the lost stop, which random never gives");
    }
}
