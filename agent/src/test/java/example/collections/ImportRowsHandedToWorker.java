package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An import splits its rows between the main thread and one worker by handing the worker the iterator main itself keeps
 * stepping: the worker's {@code Importer} keeps it in a final field, main in a local variable, and neither locks, so both
 * move the iterator's cursor (a row may be imported twice or skipped).
 */
// weft: expect race example.collections.ImportRowsHandedToWorker$Importer.rows threads=importer,main collection=java.util.ArrayList$Itr
public final class ImportRowsHandedToWorker {

    static final class Importer implements Runnable {
        private final Iterator<String> rows;
        int imported;

        Importer(Iterator<String> rows) {
            this.rows = rows;
        }

        @Override
        public void run() {
            try {
                while (rows.hasNext() && rows.next() != null) { // weft: race
                    imported++;
                }
            } catch (NoSuchElementException takenMeanwhile) {
                // main took the last row meanwhile
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
            try {
                if (!rows.hasNext() || rows.next() == null) { // weft: race
                    break;
                }
            } catch (NoSuchElementException takenMeanwhile) {
                break;
            }
            imported++;
        }
        worker.join();
        System.out.println("rows imported: " + (imported + importer.imported));
    }
}
