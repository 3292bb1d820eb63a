package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The fixed twin of {@code ImportRowsHandedToWorker}: main and the worker step the iterator they share under its lock. */
// weft: expect none
public final class ImportRowsHandedLocked {

    static final class Importer implements Runnable {
        private final Iterator<String> rows;
        int imported;

        Importer(Iterator<String> rows) {
            this.rows = rows;
        }

        @Override
        public void run() {
            while (true) {
                synchronized (rows) {
                    if (!rows.hasNext() || rows.next() == null) {
                        return;
                    }
                }
                imported++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            lines.add("row-" + i);
        }
        Iterator<String> rows = lines.iterator();
        Importer importer = new Importer(rows);
        Thread worker = new Thread(importer, "importer");
        worker.start();
        int imported = 0;
        while (true) {
            synchronized (rows) {
                if (!rows.hasNext() || rows.next() == null) {
                    break;
                }
            }
            imported++;
        }
        worker.join();
        System.out.println("rows imported: " + (imported + importer.imported));
    }
}
