package example.explorehunt;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * An importer converts a batch with the exchange rates a loader publishes, then counts the latch main waits on
 * down. When it runs before the loader, the conversion throws: the importer dies before its {@code countDown},
 * and main waits on the latch forever.
 */
// weft: expect deadlock
public final class ImportLatchOnError {

    static volatile Map<String, Integer> rates;
    static int converted;

    static void importBatch(CountDownLatch imported) {
        Map<String, Integer> known = rates;
        if (known == null) {
            throw new IllegalStateException("no exchange rates yet");
        }
        converted = 120 * known.get("eur");
        imported.countDown(); // the bug: not reached when the conversion throws
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch imported = new CountDownLatch(1);
        Thread loader = new Thread(() -> rates = Map.of("eur", 2), "loader");
        Thread importer = new Thread(() -> importBatch(imported), "importer");
        importer.start();
        loader.start();
        imported.await();
        System.out.println("converted " + converted);
    }
}
