package example.apphunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Monthly reports: a scheduler thread submits report jobs (each builds a report object with plain fields) and hands
 * the {@code Future}s, not the reports, to a mailer thread through an {@code ArrayBlockingQueue}; the mailer calls
 * {@code get()} and reads the report, a thread that neither submitted nor ran the job.
 */
// weft: expect none
public final class ReportFutureHandedOver {

    static final class Report {
        String month;
        int rows;
        long revenueCents;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService jobs = Executors.newFixedThreadPool(2, new NamedThreads("report"));
        BlockingQueue<Future<Report>> outbox = new ArrayBlockingQueue<>(3);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug"};
        Thread scheduler = new Thread(() -> {
            try {
                for (String month : months) {
                    outbox.put(jobs.submit(() -> {
                        Report report = new Report();
                        report.month = month;
                        report.rows = month.charAt(0) * 3;
                        report.revenueCents = report.rows * 1_250L;
                        return report;
                    }));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scheduler");
        long[] mailed = new long[1];
        Thread mailer = new Thread(() -> {
            try {
                for (int i = 0; i < months.length; i++) {
                    Report report = outbox.take().get();
                    mailed[0] += report.revenueCents + report.month.length();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "mailer");
        scheduler.start();
        mailer.start();
        scheduler.join();
        mailer.join();
        jobs.shutdown();
        System.out.println("mailed revenue " + mailed[0]);
    }
}
