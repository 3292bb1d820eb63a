package example.apphunt;

import java.util.concurrent.ForkJoinTask;

/**
 * {@link CachedRangeSumsFixed} with an audit field: the cache thread notes who completed the task after
 * {@code complete(value)} returned, which the caller reads after {@code join()}; nothing orders that note
 * before the join (what {@code setRawResult} stored is).
 */
// weft: expect race example.apphunt.CachedRangeSums$RangeSum.completedBy threads=main,cache
public final class CachedRangeSums {

    static final class RangeSum extends ForkJoinTask<Long> {
        final int to;
        Long sum;
        String source = "none";
        String completedBy;

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
            source = "cache";
        }

        @Override
        protected boolean exec() {
            setRawResult((long) to * (to - 1) / 2);
            return true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RangeSum task = new RangeSum(10_000);
        Thread cache = new Thread(() -> {
            task.complete(49_995_000L);
            task.completedBy = Thread.currentThread().getName(); // weft: race
        }, "cache");
        cache.start();
        long sum = task.join();
        System.out.println(sum + " from " + task.source + " by " + task.completedBy); // weft: race
        cache.join();
    }
}
