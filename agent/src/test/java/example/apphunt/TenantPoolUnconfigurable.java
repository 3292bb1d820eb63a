package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A hosting platform lends each tenant its worker pool only through {@code Executors.unconfigurableExecutorService}
 * (and its scheduler through {@code unconfigurableScheduledExecutorService}), so that tenants cannot resize them. The
 * tenants' jobs fill their own usage records; the platform shuts down and awaits its own pool and scheduler, not the
 * views it lent, then bills every record.
 */
// weft: expect none
public final class TenantPoolUnconfigurable {

    static final class Usage {
        final String tenant;
        long cpuMillis;
        final List<String> events = new ArrayList<>();

        Usage(String tenant) {
            this.tenant = tenant;
        }
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor workers = (ThreadPoolExecutor) Executors.newFixedThreadPool(2, new NamedThreads("tenant-worker"));
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, new NamedThreads("tenant-timer"));
        ExecutorService lentWorkers = Executors.unconfigurableExecutorService(workers);
        ScheduledExecutorService lentTimers = Executors.unconfigurableScheduledExecutorService(timers);
        List<Usage> usages = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Usage usage = new Usage("tenant-" + t);
            usages.add(usage);
            int weight = t + 1;
            lentWorkers.execute(() -> {
                for (int i = 0; i < 50 * weight; i++) {
                    usage.cpuMillis += i % 7;
                }
                usage.events.add("batch");
            });
            Usage reminder = new Usage("reminder-" + t);
            usages.add(reminder);
            lentTimers.schedule(() -> {
                reminder.cpuMillis = weight;
                reminder.events.add("reminder");
            }, 5L * weight, TimeUnit.MILLISECONDS);
        }
        workers.shutdown();
        timers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        timers.awaitTermination(10, TimeUnit.SECONDS);
        long bill = 0;
        int events = 0;
        for (Usage usage : usages) {
            bill += usage.cpuMillis;
            events += usage.events.size();
        }
        System.out.println(usages.size() + " records, " + events + " events, bill " + bill);
    }
}
