package example.racehunt;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A report submits a totals task and an averages task to a pool, waits for the totals task's future only, and then
 * reads the average the other task writes: {@code get()} orders the caller after its own task, not after the other.
 */
// weft: expect race example.racehunt.ReportWaitsForWrongTask$Report.average threads=report-2,main
public final class ReportWaitsForWrongTask {

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
        pool.submit(() -> {
            meeting.attend();
            report.average = (120 + 80 + 310 + 45) / 4.0; // weft: race
        });
        meeting.attend();
        totals.get();
        System.out.println("total " + report.total + ", average " + report.average); // weft: race
        pool.shutdown();
    }
}
