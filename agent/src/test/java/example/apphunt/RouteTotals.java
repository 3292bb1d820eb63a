package example.apphunt;

import example.racehunt.Meeting;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;

/**
 * {@link RouteTotalsFixed}'s map-reduce of fares, whose leaves also count the trips in a plain static field: the
 * workers' leaves add to it at the same time. The first leaf of each of two workers waits for the other
 * ({@link Meeting}), so that two of them take part in any order the threads run.
 */
// weft: expect race example.apphunt.RouteTotals.tripsCounted threads=ForkJoinPool-*-worker-*
public final class RouteTotals {

    static int tripsCounted;
    static final Meeting TWO_WORKERS = new Meeting(2);

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
                TWO_WORKERS.attend();
                total = fares[l];
                tripsCounted++; // weft: race
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
        System.out.println("day total " + pool.invoke(new Totals(null, fares, 0, fares.length, null)) + " of " + tripsCounted + " trips");
        pool.shutdown();
    }
}
