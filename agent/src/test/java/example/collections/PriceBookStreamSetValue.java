package example.collections;

import java.util.HashMap;
import java.util.Map;

/** A repricer raises every price through a stream of the book's entries, {@code e.setValue(..)}, while a till reads a price, with no lock. */
// weft: expect race example.collections.PriceBookStreamSetValue.PRICES threads=repricer,till collection=java.util.HashMap
public final class PriceBookStreamSetValue {

    static final Map<String, Integer> PRICES = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            PRICES.put("item" + i, 100 + i);
        }
        Threads.runAll(new String[] {"repricer", "till"},
                () -> PRICES.entrySet().stream().filter(e -> e.getValue() > 104).forEach(e -> e.setValue(e.getValue() + 5)), // weft: race
                () -> System.out.println("item7 " + PRICES.get("item7"))); // weft: race
    }
}
