package example.apphunt;

import example.racehunt.Meeting;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A histogram of response sizes computed on a {@code ForkJoinPool}: a {@code RecursiveTask} splits the
 * samples in halves down to small slices. The leaves add into one shared bin array instead of a bin
 * array of their own that the parent would merge. The first leaf of each of two workers waits for the other
 * ({@link Meeting}), so that two of them take part in any order the threads run.
 */
// weft: expect race long[] threads=ForkJoinPool-1-worker-*,main
public final class ParallelHistogram {

    static final int BINS = 8;

    static final class HistogramTask extends RecursiveTask<Long> {
        private static final int SLICE = 64;
        private static final Meeting TWO_WORKERS = new Meeting(2);
        private final int[] samples;
        private final int from;
        private final int to;
        private final long[] bins;

        HistogramTask(int[] samples, int from, int to, long[] bins) {
            this.samples = samples;
            this.from = from;
            this.to = to;
            this.bins = bins;
        }

        @Override
        protected Long compute() {
            if (to - from <= SLICE) {
                TWO_WORKERS.attend();
                for (int i = from; i < to; i++) {
                    bins[samples[i] % BINS]++; // weft: race
                }
                return (long) (to - from);
            }
            int middle = (from + to) >>> 1;
            HistogramTask left = new HistogramTask(samples, from, middle, bins);
            HistogramTask right = new HistogramTask(samples, middle, to, bins);
            left.fork();
            long counted = right.compute();
            return counted + left.join();
        }
    }

    public static void main(String[] args) {
        int[] samples = new Random(42).ints(4096, 0, 1 << 16).toArray();
        long[] bins = new long[BINS];
        ForkJoinPool pool = new ForkJoinPool(3);
        long counted = pool.invoke(new HistogramTask(samples, 0, samples.length, bins));
        pool.shutdown();
        System.out.println(counted + " samples: " + Arrays.toString(bins));
    }
}
