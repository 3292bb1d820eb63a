package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A warehouse keeps a mutable stock record per product in a {@code ConcurrentHashMap}, changed only inside
 * {@code compute} and {@code computeIfPresent} by three picking threads. After they finish, the stock report uses the
 * map's parallel bulk operations with a threshold of 1, so that the common pool's workers read the records:
 * {@code reduceValuesToLong}, {@code forEach(parallelism, ..)} and {@code search}.
 */
// weft: expect none
public final class StockLevelsBulkReduce {

    static final class Stock {
        int units;
        int picks;
        String lastPicker;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Stock> stock = new ConcurrentHashMap<>();
        for (int p = 0; p < 40; p++) {
            stock.compute("sku-" + p, (sku, none) -> {
                Stock fresh = new Stock();
                fresh.units = 500;
                return fresh;
            });
        }
        CountDownLatch pickers = new CountDownLatch(3);
        for (int t = 0; t < 3; t++) {
            int picker = t;
            new Thread(() -> {
                for (int i = 0; i < 600; i++) {
                    stock.computeIfPresent("sku-" + (i * (picker + 1)) % 40, (sku, record) -> {
                        record.units--;
                        record.picks++;
                        record.lastPicker = Thread.currentThread().getName();
                        return record;
                    });
                }
                pickers.countDown();
            }, "picker-" + t).start();
        }
        pickers.await();
        long units = stock.reduceValuesToLong(1, record -> record.units, 0L, Long::sum);
        AtomicLong picks = new AtomicLong();
        stock.forEach(1, (sku, record) -> picks.addAndGet(record.picks + (record.lastPicker == null ? 0 : 0)));
        String emptied = stock.search(1, (sku, record) -> record.units <= 0 ? sku : null);
        System.out.println(units + " units left, " + picks.get() + " picks, emptied " + emptied);
    }
}
