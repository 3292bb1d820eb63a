package example.apphunt;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;

/**
 * An elastic pool of region workers, made with the ten-argument {@code ForkJoinPool} constructor (core and
 * maximum sizes, keep-alive): its factory makes a worker class that carries its region and a count of the jobs it
 * ran; a monitor thread sums the counts while the workers update them, with no lock.
 */
// weft: expect race example.apphunt.ElasticRegionPool$RegionWorker.jobs threads=region-*,monitor
public final class ElasticRegionPool {
    static final class RegionWorker extends ForkJoinWorkerThread {
        String region;
        int jobs;
        RegionWorker(ForkJoinPool pool) { super(pool); }
    }
    static final List<RegionWorker> workers = new CopyOnWriteArrayList<>();
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            RegionWorker worker = new RegionWorker(pool);
            worker.setName("region-" + workers.size());
            worker.region = workers.size() % 2 == 0 ? "north" : "south";
            workers.add(worker);
            return worker;
        };
        ForkJoinPool pool = new ForkJoinPool(2, factory, null, false, 0, 4, 1, p -> true, 30, TimeUnit.SECONDS);
        Thread monitor = new Thread(() -> {
            long seen;
            do {
                seen = 0;
                for (RegionWorker w : workers) {
                    seen += w.jobs; // weft: race
                }
            } while (running);
            System.out.println("monitor saw " + seen + " jobs");
        }, "monitor");
        monitor.start();
        long checksum = 0;
        for (int i = 0; i < 40; i++) {
            int size = 5_000 + i;
            checksum += pool.submit(() -> {
                RegionWorker w = (RegionWorker) Thread.currentThread();
                w.jobs++; // weft: race
                long sum = 0;
                for (int k = 0; k < size; k++) sum += k;
                return sum + w.region.length();
            }).get();
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        running = false;
        monitor.join();
        System.out.println(workers.size() + " workers, checksum " + checksum);
    }
}
