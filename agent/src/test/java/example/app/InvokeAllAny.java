package example.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code invokeAll} and {@code invokeAny}, plain and timed, on a fixed pool: a task that waits forever is
 * cancelled when a timed call gives up on it, and {@code invokeAny} cancels the tasks it does not need.
 */
public final class InvokeAllAny {

    private InvokeAllAny() { }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch never = new CountDownLatch(1);
        List<Callable<Integer>> squares = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int n = i;
            squares.add(() -> n * n);
        }
        int all = 0;
        for (Future<Integer> future : pool.invokeAll(squares)) {
            all += future.get();
        }
        int timed = 0;
        for (Future<Integer> future : pool.invokeAll(squares, 1, TimeUnit.HOURS)) {
            timed += future.get();
        }
        List<Callable<Integer>> oneNeverEnds = List.of(() -> 1, () -> {
            never.await();
            return 2;
        });
        List<Future<Integer>> partial = pool.invokeAll(oneNeverEnds, 1, TimeUnit.SECONDS);
        String any = pool.invokeAny(List.of(() -> {
            throw new IllegalStateException("fails");
        }, () -> {
            never.await();
            return "never";
        }, () -> "ok"));
        boolean timedOut = false;
        try {
            pool.invokeAny(List.of(() -> {
                never.await();
                return "never";
            }), 1, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            timedOut = true;
        }
        pool.shutdown();
        boolean ended = pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.println("all " + all + " timed " + timed + " partial " + partial.get(0).get() + ","
                + partial.get(1).isCancelled() + " any " + any + " timeout " + timedOut + " ended " + ended);
    }
}
