package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;

/**
 * A divide-and-conquer sum and fill on a {@code ForkJoinPool}: {@code RecursiveTask}s that {@code fork}
 * and {@code join} and keep their partial results in plain fields, and {@code RecursiveAction}s split with
 * {@code invokeAll} that write disjoint slices of a plain array.
 *
 * <p>{@code main} fills the input array, then hands the root tasks to the pool with {@code invoke}. A task
 * that is forked may run in any worker (work stealing); a parent reads its child's plain {@code partial}
 * field after {@code join}, and {@code main} reads the output array after {@code invoke} returns. Forking
 * or invoking a task happens before it runs, and the end of its {@code compute} before the {@code join}
 * (or {@code invoke}, {@code invokeAll}) that waits for it: those are the only edges here.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "RecursiveTask fork/join with results in plain fields, and RecursiveAction invokeAll writing"
                + " a plain array, on a ForkJoinPool: fork, join and invoke order everything, no race.",
        expect = "none",
        twin = "ArrayElementRace")
public final class ForkJoinHandOff {

    private ForkJoinHandOff() {
    }

    /** Sums a slice of the input; keeps its result in a plain field its parent reads after joining it. */
    static final class Sum extends RecursiveTask<Long> {
        private final long[] values;
        private final int from;
        private final int to;
        long partial;

        Sum(long[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 1_000) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += values[i];
                }
                partial = sum;
                return sum;
            }
            int middle = (from + to) >>> 1;
            Sum left = new Sum(values, from, middle);
            Sum right = new Sum(values, middle, to);
            left.fork();
            right.compute();
            left.join();
            partial = left.partial + right.partial;
            return partial;
        }
    }

    /** Squares a slice of the input into the output, split in halves run with {@code invokeAll}. */
    static final class Square extends RecursiveAction {
        private final long[] in;
        private final long[] out;
        private final int from;
        private final int to;

        Square(long[] in, long[] out, int from, int to) {
            this.in = in;
            this.out = out;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= 1_000) {
                for (int i = from; i < to; i++) {
                    out[i] = in[i] * in[i];
                }
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new Square(in, out, from, middle), new Square(in, out, middle, to));
        }
    }

    public static void main(String[] args) {
        long[] values = new long[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        Sum sum = new Sum(values, 0, values.length);
        long total = pool.invoke(sum);
        long[] squares = new long[values.length];
        pool.invoke(new Square(values, squares, 0, values.length));
        pool.shutdown();
        System.out.println("sum " + total + " (" + sum.partial + "), last square " + squares[squares.length - 1]);
    }
}
