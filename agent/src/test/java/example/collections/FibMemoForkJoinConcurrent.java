package example.collections;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;

/** The fixed twin of {@code FibMemoForkJoin}: the workers memoize in a {@code ConcurrentHashMap}. */
// weft: expect none
public final class FibMemoForkJoinConcurrent {

    static final Map<Integer, Long> MEMO = new ConcurrentHashMap<>();

    static final class Fib extends RecursiveTask<Long> {
        private final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Long compute() {
            if (n < 2) {
                return (long) n;
            }
            Long known = MEMO.get(n);
            if (known != null) {
                return known;
            }
            Fib left = new Fib(n - 1);
            left.fork();
            long value = new Fib(n - 2).compute() + left.join();
            MEMO.put(n, value);
            return value;
        }
    }

    public static void main(String[] args) {
        AtomicInteger ids = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(2, p -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            worker.setName("memo-" + ids.incrementAndGet());
            return worker;
        }, null, false);
        long sum = 0;
        for (int round = 0; round < 20; round++) {
            MEMO.clear();
            sum += pool.invoke(new Fib(24));
        }
        pool.shutdown();
        System.out.println(sum);
    }
}
