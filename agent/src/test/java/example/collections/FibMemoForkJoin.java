package example.collections;

import example.racehunt.Meeting;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A recursive fork/join computation memoizes its sub-results in one plain {@code HashMap}, which its workers share.
 * Each of the first two workers waits for the other after its first fork ({@link Meeting}), so that both take part
 * in any order the threads run.
 */
// weft: expect race example.collections.FibMemoForkJoin.MEMO threads=memo-* collection=java.util.HashMap
public final class FibMemoForkJoin {

    static final Map<Integer, Long> MEMO = new HashMap<>();
    static final Meeting TWO_WORKERS = new Meeting(2);

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
            Long known = MEMO.get(n); // weft: race
            if (known != null) {
                return known;
            }
            Fib left = new Fib(n - 1);
            left.fork();
            TWO_WORKERS.attend();
            long value = new Fib(n - 2).compute() + left.join();
            MEMO.put(n, value); // weft: race
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
