package example.collections;

import java.util.HashMap;
import java.util.Map;

/**
 * Twin of {@code PriceBookStreamSetValue}: the repricing stream and the till's read hold the book's lock; a second
 * repricer raises the prices of a book of its own through its entries' stream. Correct: no finding.
 */
// weft: expect none
public final class PriceBookStreamSetValueLocked {

    static final Map<String, Integer> PRICES = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            PRICES.put("item" + i, 100 + i);
        }
        Threads.runAll(new String[] {"repricer", "till", "outlet"},
                () -> {
                    synchronized (PRICES) {
                        PRICES.entrySet().stream().filter(e -> e.getValue() > 104).forEach(e -> e.setValue(e.getValue() + 5));
                    }
                },
                () -> {
                    synchronized (PRICES) {
                        System.out.println("item7 " + PRICES.get("item7"));
                    }
                },
                () -> {
                    Map<String, Integer> outlet = new HashMap<>(Map.of("a", 1, "b", 2));
                    outlet.entrySet().stream().forEach(e -> e.setValue(e.getValue() * 2));
                    System.out.println("outlet " + outlet.get("a"));
                });
    }
}
