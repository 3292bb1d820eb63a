package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Price updates through {@code Map.Entry.setValue} in streams over entry sets: two pricers mark up a
 * {@code ConcurrentHashMap}'s entries concurrently (its entries write through to the map), and a plain {@code HashMap}'s
 * entries are marked down only under the book's lock. Correct both ways.
 */
// weft: expect none
public final class PriceBookEntries {

    private final Map<String, Integer> shared = new ConcurrentHashMap<>();
    private final Map<String, Integer> local = new HashMap<>();

    public static void main(String[] args) throws Exception {
        PriceBookEntries book = new PriceBookEntries();
        for (int i = 0; i < 20; i++) {
            book.shared.put("sku-" + i, 100);
            book.local.put("sku-" + i, 100);
        }
        Thread[] pricers = new Thread[2];
        for (int p = 0; p < pricers.length; p++) {
            int step = p + 1;
            pricers[p] = new Thread(() -> {
                book.shared.entrySet().stream().filter(e -> e.getKey().hashCode() % 2 == step % 2)
                        .forEach(e -> book.shared.merge(e.getKey(), step, Integer::sum));
                book.shared.entrySet().stream().forEach(e -> e.setValue(e.getValue()));
                synchronized (book) {
                    book.local.entrySet().stream().forEach(e -> e.setValue(e.getValue() - step));
                }
            }, "pricer-" + step);
            pricers[p].start();
        }
        for (Thread pricer : pricers) {
            pricer.join();
        }
        int sum = book.local.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("local: " + sum + ", shared: " + book.shared.size());
    }
}
