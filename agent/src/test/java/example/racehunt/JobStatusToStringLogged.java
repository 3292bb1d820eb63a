package example.racehunt;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A job is queued to a logger thread once, which prints it (its {@code toString()}) while the worker goes on updating its progress. */
// weft: expect race example.racehunt.JobStatusToStringLogged$Job.done threads=logger,worker
public final class JobStatusToStringLogged {

    static final class Job {
        final String name;
        int done;

        Job(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name + " " + done + "/500"; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Object> log = new LinkedBlockingQueue<>();
        Job job = new Job("reindex");
        Threads.runAll(new String[] {"worker", "logger"}, () -> {
            log.add(job);
            for (int i = 0; i < 500; i++) {
                job.done = i + 1; // weft: race
            }
        }, () -> {
            try {
                for (int i = 0; i < 50; i++) {
                    System.out.println("status " + log.take());
                    log.add(job);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
