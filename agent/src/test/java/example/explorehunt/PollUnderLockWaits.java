package example.explorehunt;

/** Twin of {@link PollUnderLock}: the client waits on the job's monitor until the worker, done, notifies it. */
// weft: expect none
public final class PollUnderLockWaits {

    static final class Job {
        private boolean done;
        private int result;

        synchronized void finish(int result) {
            this.result = result;
            done = true;
            notifyAll();
        }

        synchronized int awaitResult() throws InterruptedException {
            while (!done) {
                wait();
            }
            return result;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Job job = new Job();
        Thread client = new Thread(() -> {
            try {
                System.out.println("result " + job.awaitResult());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "client");
        Thread worker = new Thread(() -> job.finish(42), "worker");
        client.start();
        worker.start();
        client.join();
        worker.join();
    }
}
