package example.collections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A menu of prices in an insertion-ordered {@code LinkedHashMap} subclass (a bounded map that drops its eldest entry),
 * filled before two till threads start and then only read: {@code get} on an insertion-ordered map changes nothing,
 * so the tills do not race. Weft stays silent.
 */
// weft: expect none
public final class InsertionOrderedReaders {

    static final Map<String, Integer> prices = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 100;
        }
    };

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            prices.put("item-" + i, 100 + i);
        }
        long[] totals = new long[2];
        Threads.runAll(new String[] {"till-1", "till-2"}, () -> {
            for (int i = 0; i < 2_000; i++) {
                totals[0] += prices.getOrDefault("item-" + i % 50, 0);
            }
        }, () -> {
            for (int i = 0; i < 2_000; i++) {
                totals[1] += prices.get("item-" + (i * 3) % 40);
            }
        });
        System.out.println("takings " + (totals[0] + totals[1]));
    }
}
