package example.apphunt;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;

/**
 * A data-center scheduler books maintenance jobs into a {@code ConcurrentSkipListMap} keyed by start minute: the
 * planner fills a mutable job and {@code putIfAbsent}s it, then looks at the next booking ({@code ceilingKey}); two
 * technicians take the earliest job with {@code pollFirstEntry}, work on it and record the
 * outcome in it, then put it into a second map of finished jobs that the planner reads at the end.
 */
// weft: expect none
public final class MaintenanceWindowSkipList {

    static final class Job {
        String rack;
        int minutes;
        String doneBy;
        boolean passed;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentSkipListMap<Integer, Job> booked = new ConcurrentSkipListMap<>();
        ConcurrentSkipListMap<Integer, Job> finished = new ConcurrentSkipListMap<>();
        int jobs = 200;
        CountDownLatch technicians = new CountDownLatch(2);
        for (int t = 0; t < 2; t++) {
            new Thread(() -> {
                while (finished.size() < jobs) {
                    Map.Entry<Integer, Job> next = booked.pollFirstEntry();
                    if (next == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    Job job = next.getValue();
                    job.passed = job.minutes < 50 || job.rack.endsWith("7");
                    job.doneBy = Thread.currentThread().getName();
                    finished.put(next.getKey(), job);
                }
                technicians.countDown();
            }, "technician-" + t).start();
        }
        long gaps = 0;
        for (int j = 0; j < jobs; j++) {
            Job job = new Job();
            job.rack = "rack-" + j % 12;
            job.minutes = 10 + j % 60;
            int start = (j * 37) % 500;
            if (booked.putIfAbsent(start, job) != null) {
                throw new IllegalStateException("minute " + start + " booked twice");
            }
            Integer following = booked.ceilingKey(start + 1);
            gaps += following == null ? 0 : following - start;
        }
        technicians.await();
        int passed = 0;
        for (Job job : finished.values()) {
            passed += job.passed ? 1 : 0;
            if (job.doneBy == null) {
                throw new IllegalStateException(job.rack + " not done");
            }
        }
        System.out.println(finished.size() + " jobs done, " + passed + " passed, gaps " + (gaps >= 0));
    }
}
