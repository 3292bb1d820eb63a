package example.apphunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate cards (arrays of arrays of prices) are built once per region inside {@code ConcurrentHashMap.computeIfAbsent}
 * and then only read, by four quoting threads at once: {@code Arrays.deepToString}, {@code Arrays.compare},
 * {@code Arrays.mismatch} and {@code MethodHandles.arrayElementGetter}. A card's latest published version goes through
 * a volatile field. Reads among themselves never race, and the map and the volatile order the building before them.
 */
// weft: expect none
public final class RateCardsPublished {

    private static final MethodHandle PRICE = MethodHandles.arrayElementGetter(long[].class);

    private final Map<String, long[][]> cards = new ConcurrentHashMap<>();
    private volatile long[] latest;

    long[][] card(String region) {
        return cards.computeIfAbsent(region, r -> {
            long[][] card = new long[3][5];
            for (int row = 0; row < card.length; row++) {
                for (int column = 0; column < card[row].length; column++) {
                    card[row][column] = r.length() * 10L + row * 5 + column;
                }
            }
            latest = card[0].clone();
            return card;
        });
    }

    public static void main(String[] args) throws Exception {
        RateCardsPublished quotes = new RateCardsPublished();
        String[] regions = {"north", "south", "east", "west"};
        long[] seen = new long[regions.length];
        Thread[] quoters = new Thread[regions.length];
        for (int q = 0; q < quoters.length; q++) {
            int index = q;
            quoters[q] = new Thread(() -> {
                long total = 0;
                for (int round = 0; round < 50; round++) {
                    long[][] mine = quotes.card(regions[index]);
                    long[][] other = quotes.card(regions[(index + 1) % regions.length]);
                    total += Arrays.deepToString(mine).length() + Arrays.compare(mine[0], other[0]) + Arrays.mismatch(mine[1], other[1]);
                    long[] latest = quotes.latest;
                    try {
                        total += (long) PRICE.invokeExact(mine[2], 4) + (latest == null ? 0 : (long) PRICE.invokeExact(latest, 0));
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }
                seen[index] = total;
            }, "quoter-" + regions[q]);
            quoters[q].start();
        }
        long sum = 0;
        for (int q = 0; q < quoters.length; q++) {
            quoters[q].join();
            sum += seen[q] > 0 ? 1 : 0;
        }
        System.out.println("quoters done: " + sum);
    }
}
