package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch importer that prints a summary from a shutdown hook: the JVM starts the hook when it exits,
 * after the importers it waited for ended, so the hook's reads of the totals are ordered after every
 * import. The importers themselves, though, share one plain counter of failed rows.
 */
// weft: expect race example.apphunt.ExitSummary$Totals.failed threads=importer-*
public final class ExitSummary {

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
        for (int i = 0; i < 3; i++) {
            int file = i;
            Thread importer = new Thread(() -> {
                for (int row = 0; row < 500; row++) {
                    if ((row + file) % 97 == 0) {
                        totals.failed++; // weft: race
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
            totals.files.add("part-" + i + ".csv");
        }
    }
}
