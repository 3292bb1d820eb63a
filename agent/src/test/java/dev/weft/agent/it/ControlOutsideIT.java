package dev.weft.agent.it;

import static dev.weft.agent.it.ControlBlockingIT.assertReplayable;
import static dev.weft.agent.it.ControlForkJoinIT.assertRunsAsWithoutWeft;

import org.junit.jupiter.api.Test;

/**
 * Controlled runs of constructs that used to be outside the scheduling model (docs/scheduling.md): each is
 * exactly replayable, gives the same schedule five times out of five, and outside controlled runs the
 * program runs as it does without weft.
 */
class ControlOutsideIT {

    private static final String FORK_JOIN_INVOCATIONS = "all 30 timed 30 any ok sums 210 55 155"
            + " failed IllegalArgumentException staged 42 stolen 13 ended true";
    private static final String PARALLEL_REDUCTIONS = "sum 820 squares 22140 largest rest 16 evens [8, 16, 24, 32, 40]"
            + " joined 1,2,3,4,5,6,7,8,9,10 parity {false=20, true=20} by tens {0=9, 1=10, 2=10, 3=10, 4=1} small 12345"
            + " tripled 2460 big 2500000000";

    @Test
    void tasksCancelledWithAnInterruptMeetItInTheModelAndReplayExactly() throws Exception {
        assertReplayable("CancelledTasks", "seed=7,quantum=1", "cancelled true interrupted 4 ended true done true true");
    }

    @Test
    void outsideControlledRunsCancelledTasksRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("CancelledTasks");
    }

    @Test
    void timeoutsAndDelayedExecutorsOfStagesRunInVirtualTimeWithoutTheJdksTimerAndReplayExactly() throws Exception {
        assertReplayable("TimedOutStages", "seed=7,quantum=1",
                "timeout late fast order [sooner, later] ended true slept false");
    }

    @Test
    void outsideControlledRunsTimeoutsAndDelayedExecutorsRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("TimedOutStages");
    }

    @Test
    void forkJoinInvocationsCountedCompletersAndStagesInForkJoinPoolsRunInTheModelAndReplayExactly() throws Exception {
        assertReplayable("ForkJoinInvocations", "seed=7,quantum=1", FORK_JOIN_INVOCATIONS);
    }

    @Test
    void outsideControlledRunsForkJoinInvocationsRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ForkJoinInvocations");
    }

    @Test
    void forEachOfParallelStreamsAndParallelSetAllRunInTheCommonPoolsModelAndReplayExactly() throws Exception {
        assertReplayable("ParallelForEach", "seed=7,quantum=1", "sum 820 even squares 11480 count 100 squares 40425"
                + " names n0,n1,n2,n3,n4");
    }

    @Test
    void outsideControlledRunsForEachOfParallelStreamsAndParallelSetAllRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ParallelForEach");
    }

    @Test
    void reductionsAndCollectionsOfParallelStreamsRunInTheCommonPoolsModelAndReplayExactly() throws Exception {
        assertReplayable("ParallelReductions", "seed=7,quantum=1", PARALLEL_REDUCTIONS);
    }

    @Test
    void outsideControlledRunsReductionsAndCollectionsOfParallelStreamsRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ParallelReductions");
    }
}
