package example.apphunt;

import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;

/**
 * Fare totals of a day's trips, summed by the second map-reduce of {@code CountedCompleter}'s Javadoc: each task
 * forks its right halves as a list of subtasks, and whichever thread completes a task last walks up the completed
 * tasks with {@code firstComplete()} and {@code nextComplete()}, adding each task's subtasks' totals, which other
 * workers computed, into its own.
 */
// weft: expect none
public final class RouteTotalsFixed {

    static final class Totals extends CountedCompleter<Long> {
        final int[] fares;
        final int lo;
        final int hi;
        Totals forks;
        final Totals next;
        long total;

        Totals(CountedCompleter<?> parent, int[] fares, int lo, int hi, Totals next) {
            super(parent);
            this.fares = fares;
            this.lo = lo;
            this.hi = hi;
            this.next = next;
        }

        @Override
        public void compute() {
            int l = lo;
            int h = hi;
            while (h - l >= 2) {
                int mid = (l + h) >>> 1;
                addToPendingCount(1);
                (forks = new Totals(this, fares, mid, h, forks)).fork();
                h = mid;
            }
            if (h > l) {
                total = fares[l];
            }
            for (CountedCompleter<?> c = firstComplete(); c != null; c = c.nextComplete()) {
                Totals t = (Totals) c;
                for (Totals s = t.forks; s != null; s = t.forks = s.next) {
                    t.total += s.total;
                }
            }
        }

        @Override
        public Long getRawResult() {
            return total;
        }
    }

    public static void main(String[] args) {
        int[] fares = new int[4000];
        for (int i = 0; i < fares.length; i++) {
            fares[i] = 150 + i % 90;
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        System.out.println("day total " + pool.invoke(new Totals(null, fares, 0, fares.length, null)));
        pool.shutdown();
    }
}
