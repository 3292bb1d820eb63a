package example.apphunt;

import java.util.List;
import java.util.stream.Gatherers;
import java.util.stream.IntStream;

/**
 * {@link PriceQuotes} with a statistic: every lookup bumps a plain counter of the lookups made. The
 * lookups run in the gatherer's virtual threads at the same time, so the bumps race with each other
 * (lost updates); the stream's thread reads the counter only after the last quote came back, which is
 * ordered after every lookup and so no race.
 */
// weft: expect race example.apphunt.PriceQuotesCounted$Stats.lookups threads=unnamed thread #*
public final class PriceQuotesCounted {

    static final class Stats {
        int lookups;
    }

    public static void main(String[] args) {
        Stats stats = new Stats();
        List<Long> prices = IntStream.range(0, 40).boxed()
                .gather(Gatherers.mapConcurrent(4, (Integer item) -> {
                    stats.lookups++; // weft: race
                    return 100L * (item % 7 + 1);
                }))
                .toList();
        long total = prices.stream().mapToLong(Long::longValue).sum();
        System.out.println(prices.size() + " prices, total " + total + ", " + stats.lookups + " lookups counted");
    }
}
