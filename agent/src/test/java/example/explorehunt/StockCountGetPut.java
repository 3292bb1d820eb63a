package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Two scanners count the units of each product they scan in a {@code ConcurrentHashMap}, with {@code get} and then
 * {@code put}: each call is atomic, the pair is not. Two scans of one product at once count it once.
 */
// weft: expect failure
public final class StockCountGetPut {

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
        UNITS.put(sku, UNITS.get(sku) + 1); // the bug: read, then write, not atomically
    }
}
