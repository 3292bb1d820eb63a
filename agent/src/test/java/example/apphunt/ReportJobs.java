package example.apphunt;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * {@link ReportJobsFixed} whose {@code done()} hook stamps the job with the time it finished, which the caller
 * reads after {@code get()}: the JDK calls {@code done()} after the result is set, so {@code get()} may return
 * before it ran.
 */
// weft: expect race example.apphunt.ReportJobs$Job.finishedAt threads=main,job-thread
public final class ReportJobs {

    static final class Report {
        String title;
        int pages;
    }

    static final class Job extends FutureTask<Report> {
        long finishedAt;

        Job(Callable<Report> work) {
            super(work);
        }

        @Override
        protected void done() {
            finishedAt = System.nanoTime(); // weft: race
        }
    }

    public static void main(String[] args) throws Exception {
        Job job = new Job(() -> {
            Report report = new Report();
            report.title = "quarterly";
            report.pages = 12;
            return report;
        });
        Thread thread = new Thread(job, "job-thread");
        thread.start();
        Report report = job.get();
        System.out.println(report.title + ", " + report.pages + " pages, finished " + (job.finishedAt != 0)); // weft: race
        thread.join();
    }
}
