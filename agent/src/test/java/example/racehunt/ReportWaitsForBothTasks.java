package example.racehunt;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The fixed {@link ReportWaitsForWrongTask}: the report waits for both tasks' futures before it reads. */
// weft: expect none
public final class ReportWaitsForBothTasks {

    static final class Report {
        long total;
        double average;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, body -> new Thread(body, "report-" + made.incrementAndGet()));
        long[] sales = {120, 80, 310, 45};
        Report report = new Report();
        Meeting meeting = new Meeting(2);
        Future<?> totals = pool.submit(() -> {
            for (long sale : sales) {
                report.total += sale;
            }
        });
        Future<?> averages = pool.submit(() -> {
            meeting.attend();
            report.average = (120 + 80 + 310 + 45) / 4.0;
        });
        meeting.attend();
        totals.get();
        averages.get();
        System.out.println("total " + report.total + ", average " + report.average);
        pool.shutdown();
    }
}
