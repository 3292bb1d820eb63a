package example.apphunt;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Racy twin of {@code TenantPoolUnconfigurable}: the platform awaits its worker pool but not its scheduler before it
 * bills, so the reminders the tenants scheduled through the scheduler's unconfigurable view write their usage
 * unordered with the platform's reads.
 */
// weft: expect race example.apphunt.TenantPoolUnconfigurableTimers$Usage.cpuMillis threads=main,tenant-timer-1
public final class TenantPoolUnconfigurableTimers {

    static final class Usage {
        long cpuMillis;
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor workers = (ThreadPoolExecutor) Executors.newFixedThreadPool(2, new NamedThreads("tenant-worker"));
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, new NamedThreads("tenant-timer"));
        ScheduledExecutorService lentTimers = Executors.unconfigurableScheduledExecutorService(timers);
        Executors.unconfigurableExecutorService(workers).execute(() -> System.out.println("tenant batch"));
        Usage reminder = new Usage();
        lentTimers.schedule(() -> {
            reminder.cpuMillis = 3; // weft: race
        }, 20, TimeUnit.MILLISECONDS);
        workers.shutdown();
        timers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        long bill = reminder.cpuMillis; // weft: race
        timers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("bill " + bill);
    }
}
