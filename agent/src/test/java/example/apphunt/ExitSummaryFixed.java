package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link ExitSummary} fixed: each importer counts its failed rows in its own slot, which the main thread
 * adds up after joining it; the shutdown hook reads the totals when the JVM exits.
 */
// weft: expect none
public final class ExitSummaryFixed {

    static final class Totals {
        long rows;
        int failed;
        final List<String> files = new ArrayList<>();
    }

    public static void main(String[] args) throws InterruptedException {
        Totals totals = new Totals();
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> System.out.println("imported " + totals.rows + " rows from " + totals.files + ", " + totals.failed + " failed"),
                "summary"));
        List<Thread> importers = new ArrayList<>();
        long[] rows = new long[3];
        int[] failed = new int[3];
        for (int i = 0; i < 3; i++) {
            int file = i;
            Thread importer = new Thread(() -> {
                for (int row = 0; row < 500; row++) {
                    if ((row + file) % 97 == 0) {
                        failed[file]++;
                    } else {
                        rows[file]++;
                    }
                }
            }, "importer-" + i);
            importers.add(importer);
            importer.start();
        }
        for (int i = 0; i < importers.size(); i++) {
            importers.get(i).join();
            totals.rows += rows[i];
            totals.failed += failed[i];
            totals.files.add("part-" + i + ".csv");
        }
    }
}
