package example.exploreshapes;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/** A {@code RecursiveTask} finds a maximum and, on the side, keeps the largest leaf seen in a plain field (check-then-act). */
// weft: expect race example.exploreshapes.RecursiveMaxRace.largestLeaf
public final class RecursiveMaxRace {

    private static int largestLeaf;

    private static final class Max extends RecursiveTask<Integer> {
        private final int[] values;
        private final int from;
        private final int to;

        Max(int[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Integer compute() {
            if (to - from <= 2) {
                int max = Math.max(values[from], values[to - 1]);
                if (max > largestLeaf) {
                    largestLeaf = max;
                }
                return max;
            }
            int mid = (from + to) >>> 1;
            Max left = new Max(values, from, mid);
            left.fork();
            int right = new Max(values, mid, to).compute();
            return Math.max(left.join(), right);
        }
    }

    public static void main(String[] args) {
        int[] values = {4, 9, 1, 7, 3, 8, 2, 6};
        ForkJoinPool pool = new ForkJoinPool(2);
        int max = pool.invoke(new Max(values, 0, values.length));
        pool.shutdown();
        System.out.println("max " + max + ", largest leaf " + largestLeaf);
    }
}
