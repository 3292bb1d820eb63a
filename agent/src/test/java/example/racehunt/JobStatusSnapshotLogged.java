package example.racehunt;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The fixed twin of {@code JobStatusToStringLogged}: the worker queues a snapshot of the job's status, made in its own thread. */
// weft: expect none
public final class JobStatusSnapshotLogged {

    static final class Job {
        final String name;
        int done;

        Job(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name + " " + done + "/500";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Object> log = new LinkedBlockingQueue<>();
        Job job = new Job("reindex");
        Threads.runAll(new String[] {"worker", "logger"}, () -> {
            for (int i = 0; i < 500; i++) {
                job.done = i + 1;
                if (i % 10 == 0) {
                    log.add(job.toString());
                }
            }
        }, () -> {
            try {
                for (int i = 0; i < 50; i++) {
                    System.out.println("status " + log.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
