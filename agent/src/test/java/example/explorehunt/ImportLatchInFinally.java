package example.explorehunt;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@link ImportLatchOnError} with the importer counting the latch down in a {@code finally} and keeping its failure
 * for main, which reports it: main never waits forever, whichever thread runs first.
 */
// weft: expect none
public final class ImportLatchInFinally {

    static volatile Map<String, Integer> rates;
    static int converted;
    static volatile String failure;

    static void importBatch(CountDownLatch imported) {
        try {
            Map<String, Integer> known = rates;
            if (known == null) {
                throw new IllegalStateException("no exchange rates yet");
            }
            converted = 120 * known.get("eur");
        } catch (IllegalStateException e) {
            failure = e.getMessage();
        } finally {
            imported.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch imported = new CountDownLatch(1);
        Thread loader = new Thread(() -> rates = Map.of("eur", 2), "loader");
        Thread importer = new Thread(() -> importBatch(imported), "importer");
        importer.start();
        loader.start();
        imported.await();
        System.out.println(failure == null ? "converted " + converted : "import failed: " + failure);
    }
}
