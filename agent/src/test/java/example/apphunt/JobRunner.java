package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A batch job runner on a monitored pool: a {@code ThreadPoolExecutor} subclass times each job in
 * {@code beforeExecute}/{@code afterExecute} and writes a summary in {@code terminated()}; the runner reads
 * the statistics once {@code awaitTermination} returns. The pool's workers add up the statistics in
 * {@code afterExecute} with no lock.
 */
// weft: expect race example.apphunt.JobRunner$MonitoredPool.finishedJobs threads=job-*
public final class JobRunner {

    static final class MonitoredPool extends ThreadPoolExecutor {
        private final ThreadLocal<Long> startedAt = new ThreadLocal<>();
        private int finishedJobs;
        private int failedJobs;
        private String summary;

        MonitoredPool(int workers) {
            super(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new NamedThreads("job"));
        }

        @Override
        protected void beforeExecute(Thread worker, Runnable job) {
            startedAt.set(System.nanoTime());
        }

        @Override
        protected void afterExecute(Runnable job, Throwable failure) {
            long elapsed = System.nanoTime() - startedAt.get();
            if (failure != null || elapsed < 0) {
                failedJobs++;
            }
            finishedJobs++; // weft: race
        }

        @Override
        protected void terminated() {
            summary = finishedJobs + " jobs, " + failedJobs + " failed";
        }
    }

    record Job(String name, int size) implements Runnable {
        @Override
        public void run() {
            long checksum = 0;
            for (int i = 0; i < size; i++) {
                checksum += (long) name.hashCode() * i;
            }
            if (checksum == 42) {
                throw new IllegalStateException("unlucky " + name);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MonitoredPool pool = new MonitoredPool(3);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            jobs.add(new Job("report-" + i, 1_000 + 500 * i));
        }
        jobs.forEach(pool::execute);
        pool.shutdown();
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
            System.out.println(pool.summary);
        }
    }
}
