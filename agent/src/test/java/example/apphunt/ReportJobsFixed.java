package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Report jobs as a {@code FutureTask} subclass with a name and a {@code done()} hook that counts completions;
 * some run by a plain thread, some by an executor's {@code execute}. The caller reads each report after
 * {@code get(timeout)}, and the count under its monitor.
 */
// weft: expect none
public final class ReportJobsFixed {

    static final class Report {
        String title;
        int pages;
        final List<String> sections = new ArrayList<>();
    }

    static final class Job extends FutureTask<Report> {
        final String name;

        Job(String name, Callable<Report> work) {
            super(work);
            this.name = name;
        }

        @Override
        protected void done() {
            synchronized (ReportJobsFixed.class) {
                completed++;
            }
        }
    }

    static int completed;

    static Callable<Report> render(String title) {
        return () -> {
            Report report = new Report();
            report.title = title;
            report.sections.add("summary");
            report.sections.add("figures");
            report.pages = report.sections.size() * 3;
            return report;
        };
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Job> jobs = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Job job = new Job("job-" + i, render("report " + i));
            jobs.add(job);
            if (i % 2 == 0) {
                Thread thread = new Thread(job, "job-thread-" + i);
                threads.add(thread);
                thread.start();
            } else {
                pool.execute(job);
            }
        }
        for (Job job : jobs) {
            Report report = job.get(1, TimeUnit.MINUTES);
            System.out.println(job.name + ": " + report.title + ", " + report.pages + " pages " + report.sections);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        synchronized (ReportJobsFixed.class) {
            System.out.println(completed + " completed");
        }
    }
}
