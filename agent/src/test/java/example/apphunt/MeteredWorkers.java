package example.apphunt;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A metered worker pool: its factory makes a {@code Thread} subclass that carries the worker's role and
 * statistics, which the tasks read and update in the worker itself; a full queue falls back to running the
 * task in the caller ({@code CallerRunsPolicy} behind a counting handler); a dashboard thread reads each
 * worker's statistics with no lock, while the workers update them (also with none: each worker's are its own).
 */
// weft: expect race example.apphunt.MeteredWorkers$Stats.tasks threads=metered-*,dashboard
public final class MeteredWorkers {
    static final class Stats { int tasks; long work; }
    static final class Worker extends Thread {
        final Stats stats = new Stats();
        String role;
        Worker(Runnable r, String name) { super(r, name); }
    }
    static final class WorkerFactory implements ThreadFactory {
        final List<Worker> made = new CopyOnWriteArrayList<>();
        public Thread newThread(Runnable r) {
            Worker w = new Worker(r, "metered-" + (made.size() + 1));
            w.role = made.size() % 2 == 0 ? "even" : "odd";
            made.add(w);
            return w;
        }
    }
    static final class CountingRejections implements RejectedExecutionHandler {
        int rejected;
        final RejectedExecutionHandler fallback = new ThreadPoolExecutor.CallerRunsPolicy();
        public void rejectedExecution(Runnable r, ThreadPoolExecutor pool) {
            rejected++;
            fallback.rejectedExecution(r, pool);
        }
    }
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        WorkerFactory factory = new WorkerFactory();
        CountingRejections rejections = new CountingRejections();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2), factory, rejections);
        pool.prestartAllCoreThreads();
        Thread dashboard = new Thread(() -> {
            long seen;
            do {
                seen = 0;
                for (Worker w : factory.made) {
                    seen += w.stats.tasks; // weft: race
                }
            } while (running);
            System.out.println("dashboard saw " + seen + " tasks");
        }, "dashboard");
        dashboard.start();
        long[] callerWork = new long[1];
        for (int i = 0; i < 20; i++) {
            int size = 20_000 + i;
            pool.execute(() -> {
                long sum = 0;
                for (int k = 0; k < size; k++) sum += k;
                if (Thread.currentThread() instanceof Worker w) {
                    w.stats.tasks++; // weft: race
                    w.stats.work += sum + w.role.length();
                } else {
                    callerWork[0] += sum;
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        running = false;
        dashboard.join();
        System.out.println(factory.made.size() + " workers, " + rejections.rejected + " run by the caller, " + callerWork[0]);
    }
}
