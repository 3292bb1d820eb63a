package example.explorehunt;

/**
 * A client polls a job's {@code done} flag under the job's monitor until the worker sets it. On one CPU without time
 * slices ({@code policy=cooperative}) the client never blocks: each poll takes and lets go of a free monitor, so the
 * worker never gets the CPU to finish the job (starvation).
 */
// weft: expect starvation
public final class PollUnderLock {

    static final class Job {
        private boolean done;
        private int result;

        synchronized void finish(int result) {
            this.result = result;
            done = true;
        }

        synchronized boolean isDone() {
            return done;
        }

        synchronized int result() {
            return result;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Job job = new Job();
        Thread client = new Thread(() -> {
            while (!job.isDone()) { // the bug: polls without yielding or waiting
                Thread.onSpinWait();
            }
            System.out.println("result " + job.result());
        }, "client");
        Thread worker = new Thread(() -> job.finish(42), "worker");
        client.start();
        worker.start();
        client.join();
        worker.join();
    }
}
