package example.racehunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/** A RecursiveTask that forks one half, computes the other, joins, and leaves per-task statistics in its fields. */
// weft: expect none
public final class ForkJoinSplitter extends RecursiveTask<Long> {

    private final long[] values;
    private final int from;
    private final int to;
    private int leaves;

    ForkJoinSplitter(long[] values, int from, int to) {
        this.values = values;
        this.from = from;
        this.to = to;
    }

    @Override
    protected Long compute() {
        if (to - from <= 64) {
            long sum = 0;
            for (int i = from; i < to; i++) {
                values[i] *= 2;
                sum += values[i];
            }
            leaves = 1;
            return sum;
        }
        int mid = (from + to) >>> 1;
        ForkJoinSplitter left = new ForkJoinSplitter(values, from, mid);
        ForkJoinSplitter right = new ForkJoinSplitter(values, mid, to);
        left.fork();
        long r = right.compute();
        long l = left.join();
        leaves = left.leaves + right.leaves;
        return l + r;
    }

    public static void main(String[] args) {
        long[] values = new long[1_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        ForkJoinSplitter root = new ForkJoinSplitter(values, 0, values.length);
        long sum = new ForkJoinPool(2).invoke(root);
        System.out.println("sum " + sum + " in " + root.leaves + " leaves, last " + values[999]);
    }
}
