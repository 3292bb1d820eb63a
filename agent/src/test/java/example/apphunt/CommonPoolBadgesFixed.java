package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.IntStream;

/**
 * Badged workers for the common pool: the program names its worker factory in the system property the common
 * pool reads, and the factory gives each worker a badge, which every job reads (the JDK starts the worker after
 * the factory returned it), and a count of the jobs it ran, summed once the jobs are done. A parallel stream
 * reads the badges too.
 */
// weft: expect none
public final class CommonPoolBadgesFixed {
    static final class BadgeWorker extends ForkJoinWorkerThread {
        String badge;
        int jobs;
        BadgeWorker(ForkJoinPool pool) { super(pool); }
    }
    /** Named by the system property, made by the JDK when the common pool needs its first worker. */
    public static final class BadgeFactory implements ForkJoinPool.ForkJoinWorkerThreadFactory {
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            BadgeWorker worker = new BadgeWorker(pool);
            worker.setName("badge-" + workers.size());
            worker.badge = "B" + (100 + workers.size());
            workers.add(worker);
            return worker;
        }
    }
    static final List<BadgeWorker> workers = new CopyOnWriteArrayList<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.concurrent.ForkJoinPool.common.threadFactory", BadgeFactory.class.getName());
        List<ForkJoinTask<Long>> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int size = 5_000 + i;
            jobs.add(ForkJoinPool.commonPool().submit(() -> {
                long sum = 0;
                for (int k = 0; k < size; k++) sum += k;
                if (Thread.currentThread() instanceof BadgeWorker w) { // else main ran it, helping while it waits
                    w.jobs++;
                    sum += w.badge.length();
                }
                return sum;
            }));
        }
        long checksum = 0;
        for (ForkJoinTask<Long> job : jobs) {
            checksum += job.get();
        }
        int badges = IntStream.range(0, 2_000).parallel()
                .map(i -> Thread.currentThread() instanceof BadgeWorker w ? w.badge.length() : 0).sum();
        int ran = 0;
        for (BadgeWorker w : workers) {
            ran += w.jobs;
        }
        System.out.println(workers.size() + " badged workers, " + ran + " jobs, badges " + (badges > 0) + ", checksum " + checksum);
    }
}
