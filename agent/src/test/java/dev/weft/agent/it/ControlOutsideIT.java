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
}
