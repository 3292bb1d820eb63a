package example.app21;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Scans of one product, each a task of a virtual thread per task executor, count its units in a
 * {@code ConcurrentHashMap} with {@code get} and then {@code put}: each call is atomic, the pair is not, and two
 * scans at once count the product once (JDK 21+).
 */
// weft: expect failure
public final class StockCountVirtual {

    static final ConcurrentHashMap<String, Integer> UNITS = new ConcurrentHashMap<>();

    public static void main(String[] args) {
        UNITS.put("sku-17", 0);
        try (ExecutorService scanners = Executors.newVirtualThreadPerTaskExecutor()) {
            scanners.submit(() -> scan("sku-17"));
            scanners.submit(() -> scan("sku-17"));
        }
        if (UNITS.get("sku-17") != 2) {
            throw new IllegalStateException("lost a unit: " + UNITS);
        }
    }

    static void scan(String sku) {
        UNITS.put(sku, UNITS.get(sku) + 1); // the bug: read, then write, not atomically
    }
}
