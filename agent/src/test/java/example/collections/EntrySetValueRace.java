package example.collections;

import java.util.HashMap;
import java.util.Map;

/** One thread doubles every price through the entries of a map while another reads the prices. */
// weft: expect race example.collections.EntrySetValueRace.prices threads=doubler,reader collection=java.util.HashMap
public final class EntrySetValueRace {

    static final Map<String, Integer> prices = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            prices.put("item" + i, i);
        }
        Runnable doubler = () -> {
            Map<String, Integer> local = new HashMap<>();
            local.put("x", 1);
            for (Map.Entry<String, Integer> e : prices.entrySet()) {
                e.setValue(e.getValue() * 2); // weft: race
                for (Map.Entry<String, Integer> other : local.entrySet()) { // another map's entries: not this one's
                    other.setValue(other.getValue() + 1);
                }
            }
        };
        Runnable reader = () -> {
            long total = 0;
            for (int i = 0; i < 20; i++) {
                total += prices.get("item" + i); // weft: race
            }
            System.out.println("total " + total);
        };
        Threads.runAll(new String[] {"doubler", "reader"}, doubler, reader);
    }
}
