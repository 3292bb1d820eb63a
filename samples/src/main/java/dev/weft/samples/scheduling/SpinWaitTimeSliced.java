package dev.weft.samples.scheduling;

import dev.weft.samples.Sample;

/**
 * The same busy-wait as {@link SpinWaitStarves}, on one CPU under a preemptive scheduler: the dispatcher is
 * preempted at the end of each time slice (4 scheduling points), the loader gets its turn, raises the flag,
 * and the dispatcher's next slice sees it.
 *
 * <p><b>What weft reports</b>: nothing: with time slices no ready thread waits forever.
 */
@Sample(
        shows = "The same busy-wait with time slices on one CPU: the loader gets its turn, no starvation.",
        expect = "none",
        twin = "SpinWaitStarves",
        options = "mode=control,policy=preemptive,quantum=4,cpus=1,strategy=round-robin")
public final class SpinWaitTimeSliced {

    private SpinWaitTimeSliced() {
    }

    public static void main(String[] args) throws InterruptedException {
        SpinWaitStarves.main(args);
    }
}
