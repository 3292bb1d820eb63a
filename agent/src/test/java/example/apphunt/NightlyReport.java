package example.apphunt;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A shop schedules its nightly sales report ({@code schedule(callable, delay)}): the sales recorded before are read
 * by the report task, which fills a report object; the shop reads it after {@code get()} and then records more sales.
 */
// weft: expect none
public final class NightlyReport {

    static final class Sales {
        long cents;
        int orders;
    }

    static final class Report {
        String text;
        long average;
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreads("nightly"));
        Sales sales = new Sales();
        sales.cents = 12_345;
        sales.orders = 5;
        ScheduledFuture<Report> nightly = scheduler.schedule(() -> {
            Report report = new Report();
            report.average = sales.cents / sales.orders;
            report.text = sales.orders + " orders";
            return report;
        }, 20, TimeUnit.MILLISECONDS);
        Report report = nightly.get();
        sales.orders++;
        sales.cents += 500;
        scheduler.shutdown();
        System.out.println(report.text + ", average " + report.average);
    }
}
