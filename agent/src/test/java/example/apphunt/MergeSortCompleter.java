package example.apphunt;

import example.racehunt.Meeting;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;

/**
 * A merge sort of {@code CountedCompleter}s: a leaf sorts its slice and completes; a node's {@code onCompletion}
 * merges the halves its two children sorted, in whichever thread completed the last of them (their
 * {@code tryComplete()} calls hand their results over); the root's counts down the latch the caller waits on.
 * The nodes count their merges in a plain static field: nodes of different branches complete at once. The first
 * merge of each of two workers waits for the other ({@link Meeting}), so that two of them merge in any order the
 * threads run.
 */
// weft: expect race example.apphunt.MergeSortCompleter.merges threads=ForkJoinPool-*-worker-*
public final class MergeSortCompleter {
    static int merges;
    static final Meeting TWO_WORKERS = new Meeting(2);

    static final class Sort extends CountedCompleter<Void> {
        final int[] data;
        final int lo;
        final int hi;
        final CountDownLatch done;
        int[] sorted;
        Sort left;
        Sort right;

        Sort(CountedCompleter<?> parent, int[] data, int lo, int hi, CountDownLatch done) {
            super(parent);
            this.data = data;
            this.lo = lo;
            this.hi = hi;
            this.done = done;
        }

        @Override
        public void compute() {
            if (hi - lo <= 16) {
                sorted = Arrays.copyOfRange(data, lo, hi);
                Arrays.sort(sorted);
                tryComplete();
                return;
            }
            int mid = (lo + hi) >>> 1;
            left = new Sort(this, data, lo, mid, done);
            right = new Sort(this, data, mid, hi, done);
            setPendingCount(2);
            left.fork();
            right.fork();
            tryComplete();
        }

        @Override
        public void onCompletion(CountedCompleter<?> caller) {
            if (left != null) {
                TWO_WORKERS.attend();
                int[] l = left.sorted;
                int[] r = right.sorted;
                int[] merged = new int[l.length + r.length];
                for (int i = 0, j = 0, k = 0; k < merged.length; k++) {
                    merged[k] = j >= r.length || i < l.length && l[i] <= r[j] ? l[i++] : r[j++];
                }
                sorted = merged;
                merges++; // weft: race
            }
            if (getCompleter() == null) {
                done.countDown();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int[] data = new int[2000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i * 7919) % 2003;
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        CountDownLatch done = new CountDownLatch(1);
        Sort root = new Sort(null, data, 0, data.length, done);
        pool.execute(root);
        done.await();
        System.out.println(root.sorted[0] + " .. " + root.sorted[root.sorted.length - 1] + " after " + merges + " merges");
        pool.shutdown();
    }
}
