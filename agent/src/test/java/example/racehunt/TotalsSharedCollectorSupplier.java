package example.racehunt;

import java.util.stream.Collector;
import java.util.stream.IntStream;

/**
 * A custom {@code Collector} whose supplier returns one shared {@code Totals} instead of a new one: a parallel
 * stream's workers accumulate into the same container, each believing it is its own.
 */
// weft: expect race example.racehunt.TotalsSharedCollectorSupplier$Totals.sum threads=main,ForkJoinPool.commonPool-worker-*
public final class TotalsSharedCollectorSupplier {

    static final class Totals {
        long sum;

        void add(int amount) {
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
