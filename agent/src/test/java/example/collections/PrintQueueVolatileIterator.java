package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A print spooler publishes the iterator over the current batch of pages in a {@code volatile} field, which makes the
 * iterator visible, not its use safe: two printers take pages from it with no lock and both move its cursor.
 */
// weft: expect race example.collections.PrintQueueVolatileIterator$Spooler.batch threads=printer-1,printer-2 collection=java.util.ArrayList$Itr
public final class PrintQueueVolatileIterator {

    static final class Spooler {
        private volatile Iterator<String> batch;

        void publish(List<String> pages) {
            batch = pages.iterator();
        }

        String nextPage() {
            try {
                return batch.hasNext() ? batch.next() : null; // weft: race
            } catch (NoSuchElementException takenMeanwhile) {
                return null;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            pages.add("page-" + i);
        }
        Spooler spooler = new Spooler();
        spooler.publish(pages);
        int[] printed = new int[2];
        Threads.runAll(new String[] {"printer-1", "printer-2"}, () -> {
            while (spooler.nextPage() != null) {
                printed[0]++;
            }
        }, () -> {
            while (spooler.nextPage() != null) {
                printed[1]++;
            }
        });
        System.out.println("pages printed: " + (printed[0] + printed[1]));
    }
}
