package example.app21;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@link StockCountVirtual} counting with {@code merge}, one atomic call.
 */
// weft: expect none
public final class StockCountVirtualMerge {

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
        UNITS.merge(sku, 1, Integer::sum);
    }
}
