package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A route planner finds the cheapest leg of a long route with {@code ForkJoinPool.invoke} of a {@code RecursiveTask}:
 * each task forks its left half, computes its right half itself, joins the left one and then reads the cheapest leg's
 * index and the number of legs it looked at from plain fields of the left task, besides the result {@code join}
 * returns.
 */
// weft: expect none
public final class RoutePlannerForkFields {

    static final class CheapestLeg extends RecursiveTask<Integer> {
        final int[] costs;
        final int from;
        final int to;
        int cheapestIndex;
        int legsSeen;

        CheapestLeg(int[] costs, int from, int to) {
            this.costs = costs;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Integer compute() {
            if (to - from <= 64) {
                int best = Integer.MAX_VALUE;
                for (int i = from; i < to; i++) {
                    if (costs[i] < best) {
                        best = costs[i];
                        cheapestIndex = i;
                    }
                    legsSeen++;
                }
                return best;
            }
            int middle = (from + to) >>> 1;
            CheapestLeg left = new CheapestLeg(costs, from, middle);
            CheapestLeg right = new CheapestLeg(costs, middle, to);
            left.fork();
            int rightBest = right.compute();
            int leftBest = left.join();
            legsSeen = left.legsSeen + right.legsSeen;
            cheapestIndex = leftBest <= rightBest ? left.cheapestIndex : right.cheapestIndex;
            return Math.min(leftBest, rightBest);
        }
    }

    public static void main(String[] args) {
        int[] costs = new int[5_000];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = 1_000 + (i * 7919) % 4_001;
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        CheapestLeg route = new CheapestLeg(costs, 0, costs.length);
        int best = pool.invoke(route);
        pool.shutdown();
        System.out.println("cheapest " + best + " at " + route.cheapestIndex + " of " + route.legsSeen);
    }
}
