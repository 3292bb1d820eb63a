package example.racehunt;

import java.util.concurrent.SynchronousQueue;

/** A dispatcher fills in each job and hands it through a SynchronousQueue; the worker completes it and hands it back. */
// weft: expect none
public final class SynchronousQueueJobs {

    static final class Job {
        int input;
        int output;
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronousQueue<Job> toWorker = new SynchronousQueue<>();
        SynchronousQueue<Job> back = new SynchronousQueue<>();
        Runnable dispatcher = () -> {
            try {
                int sum = 0;
                for (int i = 0; i < 10; i++) {
                    Job job = new Job();
                    job.input = i;
                    toWorker.put(job);
                    sum += back.take().output;
                }
                System.out.println("sum " + sum);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Runnable worker = () -> {
            try {
                for (int i = 0; i < 10; i++) {
                    Job job = toWorker.take();
                    job.output = job.input * job.input;
                    back.put(job);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Threads.runAll(new String[] {"dispatcher", "worker"}, dispatcher, worker);
    }
}
