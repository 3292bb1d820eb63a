package example.racehunt;

import java.util.stream.Collector;
import java.util.stream.IntStream;

/** The fixed twin of {@code TotalsSharedCollectorSupplier}: the supplier makes a container per worker, merged by the combiner. */
// weft: expect none
public final class TotalsOwnCollectorSupplier {

    static final class Totals {
        long sum;

        void add(int amount) {
            sum += amount;
        }

        Totals merge(Totals other) {
            sum += other.sum;
            return this;
        }
    }

    public static void main(String[] args) {
        Collector<Integer, Totals, Totals> totalling = Collector.of(Totals::new, Totals::add, Totals::merge);
        Totals totals = IntStream.range(0, 20_000).boxed().parallel().collect(totalling);
        System.out.println(totals.sum);
    }
}
