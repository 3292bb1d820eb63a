package example.app;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fork/join pool's {@code invokeAll} and {@code invokeAny}, counted completers (invoked in a pool, invoked
 * and forked in the common pool, one that fails), and async stages given fork/join pools as their executors.
 */
public final class ForkJoinInvocations {

    private ForkJoinInvocations() { }

    /** Adds up {@code numbers[from, to)} into {@code sum}, forking halves as completers do. */
    static final class Sum extends CountedCompleter<Void> {
        private static final long serialVersionUID = 1L;
        final long[] numbers;
        final int from;
        final int to;
        final AtomicLong sum;

        Sum(CountedCompleter<?> parent, long[] numbers, int from, int to, AtomicLong sum) {
            super(parent);
            this.numbers = numbers;
            this.from = from;
            this.to = to;
            this.sum = sum;
        }

        @Override
        public void compute() {
            int low = from;
            int high = to;
            while (high - low > 2) {
                int middle = (low + high) >>> 1;
                addToPendingCount(1);
                new Sum(this, numbers, middle, high, sum).fork();
                high = middle;
            }
            for (int i = low; i < high; i++) {
                if (numbers[i] < 0) {
                    throw new IllegalArgumentException("negative at " + i);
                }
                sum.addAndGet(numbers[i]);
            }
            tryComplete();
        }
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        List<Callable<Integer>> squares = List.of(() -> 1, () -> 4, () -> 9, () -> 16);
        int all = 0;
        for (Future<Integer> future : pool.invokeAll(squares)) {
            all += future.get();
        }
        int timed = 0;
        for (Future<Integer> future : pool.invokeAll(squares, 1, TimeUnit.MINUTES)) {
            timed += future.get();
        }
        List<Callable<String>> oneSucceeds = List.of(() -> {
            throw new IllegalStateException("first");
        }, () -> "ok", () -> {
            throw new IllegalStateException("third");
        });
        String any = pool.invokeAny(oneSucceeds);
        long[] numbers = new long[20];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i + 1;
        }
        AtomicLong inPool = new AtomicLong();
        pool.invoke(new Sum(null, numbers, 0, numbers.length, inPool));
        AtomicLong invoked = new AtomicLong();
        new Sum(null, numbers, 0, 10, invoked).invoke();
        AtomicLong forked = new AtomicLong();
        new Sum(null, numbers, 10, numbers.length, forked).fork().join();
        String failed;
        try { // no subtask: one left running would still run at exit, when the JVM's timing decides
            pool.submit(new Sum(null, new long[] {1, -2}, 0, 2, new AtomicLong())).get();
            failed = "no";
        } catch (ExecutionException e) {
            failed = e.getCause().getClass().getSimpleName(); // its message depends on the thread that ran it
        }
        int staged = CompletableFuture.supplyAsync(() -> 6, pool).thenApplyAsync(x -> x * 7, pool).join();
        ExecutorService stealing = Executors.newWorkStealingPool(2);
        int stolen = CompletableFuture.supplyAsync(() -> 5, stealing).thenCombineAsync(
                CompletableFuture.supplyAsync(() -> 8, stealing), Integer::sum, stealing).join();
        pool.shutdown();
        stealing.shutdown();
        boolean ended = pool.awaitTermination(1, TimeUnit.MINUTES) & stealing.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("all " + all + " timed " + timed + " any " + any + " sums " + inPool + " " + invoked + " "
                + forked + " failed " + failed + " staged " + staged + " stolen " + stolen + " ended " + ended);
    }
}
