package example.apphunt;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A histogram of response sizes computed on a {@code ForkJoinPool}: a {@code RecursiveTask} splits the
 * samples in halves down to small slices. Each task returns bins of its own, which the parent
 * merges after {@code join}.
 */
// weft: expect none
public final class ParallelHistogramFixed {

    static final int BINS = 8;

    static final class HistogramTask extends RecursiveTask<long[]> {
        private static final int SLICE = 64;
        private final int[] samples;
        private final int from;
        private final int to;

        HistogramTask(int[] samples, int from, int to) {
            this.samples = samples;
            this.from = from;
            this.to = to;
        }

        @Override
        protected long[] compute() {
            long[] bins = new long[BINS];
            if (to - from <= SLICE) {
                for (int i = from; i < to; i++) {
                    bins[samples[i] % BINS]++;
                }
                return bins;
            }
            int middle = (from + to) >>> 1;
            HistogramTask left = new HistogramTask(samples, from, middle);
            HistogramTask right = new HistogramTask(samples, middle, to);
            left.fork();
            long[] rightBins = right.compute();
            long[] leftBins = left.join();
            for (int b = 0; b < BINS; b++) {
                bins[b] = leftBins[b] + rightBins[b];
            }
            return bins;
        }
    }

    public static void main(String[] args) {
        int[] samples = new Random(42).ints(4096, 0, 1 << 16).toArray();
        ForkJoinPool pool = new ForkJoinPool(3);
        long[] bins = pool.invoke(new HistogramTask(samples, 0, samples.length));
        pool.shutdown();
        System.out.println(Arrays.stream(bins).sum() + " samples: " + Arrays.toString(bins));
    }
}
