package dev.weft.samples.scheduling;

import dev.weft.samples.Sample;

/**
 * A dispatcher spin-waits for a loader to raise a {@code volatile} flag: a busy-wait, correct on a JVM
 * whose threads the operating system time-slices.
 *
 * <p>Under a cooperative (non-preemptive) scheduler with one CPU, a thread keeps its CPU until it blocks,
 * yields or ends. The dispatcher gets the CPU first and never gives it up: the loader, ready to run,
 * never gets a CPU, so the flag is never raised. That is starvation, and on a real cooperative system the
 * program would hang.
 *
 * <p><b>What weft reports</b>: a {@code starvation}: thread {@code dispatcher} spinning in the loop
 * while {@code loader} is ready and gets no CPU. Weft then takes the CPU away from the spinner so that
 * the program finishes.
 *
 * <p><b>The fix</b>: spin with {@code Thread.yield()} (or block on a lock or a latch) so that the spinner
 * gives up its CPU; or run with time slices ({@link SpinWaitTimeSliced}) or more CPUs than runnable
 * threads ({@link SpinWaitOnTwoCpus}), where the same code completes.
 */
@Sample(
        shows = "A dispatcher spin-waits for a loader's flag: under cooperative scheduling on one CPU it keeps the"
                + " CPU and starves the loader.",
        expect = "starvation",
        threads = {"dispatcher", "loader"},
        twin = "SpinWaitTimeSliced",
        options = "mode=control,policy=cooperative,cpus=1,strategy=round-robin")
public final class SpinWaitStarves {

    private static volatile boolean loaded;

    private SpinWaitStarves() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread dispatcher = new Thread(() -> {
            while (!loaded) { // weft: spins
                // busy-wait for the loader
            }
        }, "dispatcher");
        Thread loader = new Thread(() -> loaded = true, "loader");
        dispatcher.start();
        loader.start();
        dispatcher.join();
        loader.join();
        System.out.println("loaded, dispatched");
    }
}
