package dev.weft.samples.scheduling;

import dev.weft.samples.Sample;

/**
 * The same busy-wait as {@link SpinWaitStarves}, cooperative still, but on two CPUs: the dispatcher spins
 * on one while the loader runs on the other. No more runnable threads than CPUs is parallelism, not
 * concurrency: nobody waits for a CPU.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "The same busy-wait, cooperative, on two CPUs: the loader runs beside the spinner, no starvation.",
        expect = "none",
        twin = "SpinWaitStarves",
        options = "mode=control,policy=cooperative,cpus=2,strategy=round-robin")
public final class SpinWaitOnTwoCpus {

    private SpinWaitOnTwoCpus() {
    }

    public static void main(String[] args) throws InterruptedException {
        SpinWaitStarves.main(args);
    }
}
