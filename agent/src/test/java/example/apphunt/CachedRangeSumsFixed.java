package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Range sums as direct {@code ForkJoinTask}s whose {@code setRawResult} records where the result came from; a sum
 * found in a cache is not run but completed by a cache thread with {@code complete(value)}, which calls
 * {@code setRawResult} inside the JDK. The caller reads each task's fields after {@code join()}.
 */
// weft: expect none
public final class CachedRangeSumsFixed {

    static final ConcurrentHashMap<Integer, Long> CACHE = new ConcurrentHashMap<>();

    static final class RangeSum extends ForkJoinTask<Long> {
        final int to;
        Long sum;
        String source = "none";

        RangeSum(int to) {
            this.to = to;
        }

        @Override
        public Long getRawResult() {
            return sum;
        }

        @Override
        protected void setRawResult(Long value) {
            sum = value;
            source = Thread.currentThread().getName().startsWith("cache") ? "cache" : "computed";
        }

        @Override
        protected boolean exec() {
            long s = 0;
            for (int i = 0; i < to; i++) {
                s += i;
            }
            setRawResult(s);
            return true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ForkJoinPool pool = new ForkJoinPool(2);
        for (int i = 0; i < 6; i += 2) {
            CACHE.put(i, (long) i * 1_000_000);
        }
        List<Thread> cacheThreads = new ArrayList<>();
        List<RangeSum> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RangeSum task = new RangeSum(10_000 + i);
            tasks.add(task);
            Long cached = CACHE.get(i);
            if (cached != null) {
                Thread cache = new Thread(() -> task.complete(cached), "cache-" + i);
                cacheThreads.add(cache);
                cache.start();
            } else {
                pool.execute(task);
            }
        }
        for (RangeSum task : tasks) {
            System.out.println(task.join() + " " + task.source);
        }
        for (Thread cache : cacheThreads) {
            cache.join();
        }
        pool.shutdown();
    }
}
