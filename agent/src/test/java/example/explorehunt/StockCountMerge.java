package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;

/** {@link StockCountGetPut} counting with {@code merge}, one atomic call. */
// weft: expect none
public final class StockCountMerge {

    static final ConcurrentHashMap<String, Integer> UNITS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        UNITS.put("sku-17", 0);
        Thread dock = new Thread(() -> scan("sku-17"), "dock-scanner");
        Thread shelf = new Thread(() -> scan("sku-17"), "shelf-scanner");
        dock.start();
        shelf.start();
        dock.join();
        shelf.join();
        if (UNITS.get("sku-17") != 2) {
            throw new IllegalStateException("lost a unit: " + UNITS);
        }
    }

    static void scan(String sku) {
        UNITS.merge(sku, 1, Integer::sum);
    }
}
