package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The correct use of {@link RestockComputeOtherKeys}'s note: both restockers {@code compute} the same item, whose
 * computations the map runs one after the other, so the note written inside them is ordered.
 */
// weft: expect none
public final class RestockComputeSameKey {

    private static final ConcurrentHashMap<String, Integer> STOCK = new ConcurrentHashMap<>();
    private static int lastAmount;

    static void restock(String item, int amount) {
        STOCK.compute(item, (key, count) -> {
            lastAmount = amount;
            return count == null ? amount : count + amount;
        });
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"restock-a", "restock-b"}, () -> restock("apples", 10), () -> restock("apples", 5));
        System.out.println(STOCK + " last " + lastAmount);
    }
}
