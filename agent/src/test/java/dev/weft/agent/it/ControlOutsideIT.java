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
    private static final String PARALLEL_TERMINALS = "ordered 5 10 15 20 25 30 35 40 squares [1521, 1600]"
            + " boxed [37, 38, 39, 40] list [1, 2, 3] min 13 max 12 count 13 matches truetruetrue first 21 found true"
            + " ints [0, 1, 4, 9, 16, 25, 36, 49, 64, 81] lengths 71 intMax 16 average 20.5 stats LongSummaryStatistics"
            + "{count=40, sum=820, min=1, average=20.500000, max=40} product 6.0 doubleMin 0.125 countLong 143"
            + " firstInfinite 18 byRest {0=220, 1=190, 2=200, 3=210} small {false=3, true=3}";

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
        assertReplayable("ForkJoinInvocations", "seed=1,quantum=1", FORK_JOIN_INVOCATIONS);
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

    @Test
    void theOtherTerminalOperationsOfParallelStreamsRunInTheCommonPoolsModelAndReplayExactly() throws Exception {
        assertReplayable("ParallelTerminals", "seed=7,quantum=1", PARALLEL_TERMINALS);
    }

    @Test
    void outsideControlledRunsTheOtherTerminalOperationsOfParallelStreamsRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ParallelTerminals");
    }

    @Test
    void parallelSortsAndPrefixesOfArraysRunInTheCommonPoolsModelAndReplayExactly() throws Exception {
        assertReplayable("ParallelArrayOperations", "seed=7,quantum=1", "byTens 1850457595 natural -240808433"
                + " ints -882047977 longs 59700 doubles 6.282663880299501 prefix 1552838579 words 40 1478511252");
    }

    @Test
    void outsideControlledRunsParallelSortsAndPrefixesOfArraysRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ParallelArrayOperations");
    }

    @Test
    void parallelBulkOperationsOfConcurrentHashMapsRunInTheCommonPoolsModelAndReplayExactly() throws Exception {
        assertReplayable("ConcurrentMapBulkOperations", "seed=7,quantum=1",
                "total 350 evens 300 found WORD42 sum 350 count 60 none null");
    }

    @Test
    void outsideControlledRunsParallelBulkOperationsOfConcurrentHashMapsRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ConcurrentMapBulkOperations");
    }

    @Test
    void helpQuiesceAwaitQuiescenceAndHelpCompleteRunTasksOfThePoolsModelAndReplayExactly() throws Exception {
        assertReplayable("ForkJoinQuiescence", "seed=7,quantum=1", "helped 780 awaited 1770 quiescent true leaves 16");
    }

    @Test
    void outsideControlledRunsQuiescenceAndHelpCompleteRunAsWithoutWeft() throws Exception {
        assertRunsAsWithoutWeft("ForkJoinQuiescence");
    }
}
