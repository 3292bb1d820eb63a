package example.racehunt;

import java.util.stream.Collector;
import java.util.stream.IntStream;

/**
 * A custom {@code Collector} whose supplier returns one shared {@code Totals} instead of a new one: a parallel
 * stream's workers accumulate into the same container, each believing it is its own. The first element of each of
 * two threads waits for the other ({@link Meeting}), so that a worker takes part in any order the threads run.
 */
// weft: expect race example.racehunt.TotalsSharedCollectorSupplier$Totals.sum threads=main,ForkJoinPool.commonPool-worker-*
public final class TotalsSharedCollectorSupplier {

    static final class Totals {
        final Meeting twoThreads = new Meeting(2);
        long sum;

        void add(int amount) {
            twoThreads.attend();
            sum += amount; // weft: race
        }

        Totals merge(Totals other) {
            return this;
        }
    }

    public static void main(String[] args) {
        Totals shared = new Totals();
        Collector<Integer, Totals, Totals> totalling = Collector.of(() -> shared, Totals::add, Totals::merge);
        Totals totals = IntStream.range(0, 20_000).boxed().parallel().collect(totalling);
        System.out.println(totals.sum);
    }
}
