package example.app;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
/** Fork/join tasks: forked and joined, invoked together, in a pool of two, the common pool and a work-stealing pool (a task, a callable and a runnable). */
public final class ForkJoinSums {
    static final class Sum extends RecursiveTask<Long> {
        final long[] numbers; final int from; final int to;
        Sum(long[] numbers, int from, int to) { this.numbers = numbers; this.from = from; this.to = to; }
        @Override protected Long compute() {
            if (to - from <= 4) {
                long sum = 0;
                for (int i = from; i < to; i++) { sum += numbers[i]; }
                return sum;
            }
            int middle = (from + to) / 2;
            Sum left = new Sum(numbers, from, middle);
            left.fork();
            long right = new Sum(numbers, middle, to).compute();
            return left.join() + right;
        }
    }
    static final class Fill extends RecursiveAction {
        final long[] numbers; final int from; final int to;
        Fill(long[] numbers, int from, int to) { this.numbers = numbers; this.from = from; this.to = to; }
        @Override protected void compute() {
            if (to - from <= 4) {
                for (int i = from; i < to; i++) { numbers[i] = i + 1; }
                return;
            }
            int middle = (from + to) / 2;
            invokeAll(new Fill(numbers, from, middle), new Fill(numbers, middle, to));
        }
    }
    public static void main(String[] args) throws Exception {
        long[] numbers = new long[24];
        ForkJoinPool pool = new ForkJoinPool(2);
        pool.invoke(new Fill(numbers, 0, numbers.length));
        long inPool = pool.invoke(new Sum(numbers, 0, numbers.length));
        long submitted = pool.submit(new Sum(numbers, 0, 12)).get();
        long common = ForkJoinPool.commonPool().invoke(new Sum(numbers, 12, numbers.length));
        Sum forked = new Sum(numbers, 0, 8);
        forked.fork();
        long joined = forked.join();
        ExecutorService stealing = Executors.newWorkStealingPool(2);
        Future<Long> called = stealing.submit(() -> new Sum(numbers, 8, 16).invoke());
        ForkJoinTask<Long> task = ((ForkJoinPool) stealing).submit(new Sum(numbers, 16, 24));
        CountDownLatch ran = new CountDownLatch(1);
        stealing.execute(ran::countDown);
        ran.await();
        pool.shutdown();
        boolean ended = pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.println("sums " + inPool + " " + submitted + " " + common + " " + joined + " " + called.get() + " " + task.join()
                + " ended " + ended);
    }
}
