package example.racehunt;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Two tasks submitted to the common pool meet at a barrier, then both set the report's status. Two workers run
 * them, or {@code main} runs one itself when its {@code get()} finds it not yet taken (the common pool lets a
 * waiting outside thread run the task it waits for): the race is then between {@code main} and a worker.
 */
// weft: expect race example.racehunt.CommonPoolBothWrite$Report.status threads=main,ForkJoinPool.commonPool-worker-*,ForkJoinPool.commonPool-worker-*
public final class CommonPoolBothWrite {

    static final class Report {
        String status = "pending";
    }

    public static void main(String[] args) throws Exception {
        Report report = new Report();
        CyclicBarrier both = new CyclicBarrier(2);
        Runnable task = () -> {
            try {
                both.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            report.status = Thread.currentThread().getName(); // weft: race
        };
        Future<?> first = ForkJoinPool.commonPool().submit(task);
        Future<?> second = ForkJoinPool.commonPool().submit(task);
        first.get();
        second.get();
        System.out.println("status set " + !report.status.isEmpty());
    }
}
