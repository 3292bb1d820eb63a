package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Two restockers {@code compute} different items of one map, each function noting the item it changed in a plain
 * field outside the map: the map runs the computations of two keys at once, and its Javadoc orders the updates of
 * one key only, so the two writes race. Twin: {@link RestockComputeSameKey}, one item.
 */
// weft: expect race example.racehunt.RestockComputeOtherKeys.lastChanged threads=restock-a,restock-b
public final class RestockComputeOtherKeys {

    private static final ConcurrentHashMap<String, Integer> STOCK = new ConcurrentHashMap<>();
    private static String lastChanged;

    static void restock(String item, int amount) {
        STOCK.compute(item, (key, count) -> {
            lastChanged = key; // weft: race
            return count == null ? amount : count + amount;
        });
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"restock-a", "restock-b"}, () -> restock("apples", 10), () -> restock("pears", 5));
        System.out.println(STOCK + " last " + lastChanged);
    }
}
