package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The fixed twin of {@code PrintQueueVolatileIterator}: the printers take a page under the spooler's lock. */
// weft: expect none
public final class PrintQueueVolatileIteratorLocked {

    static final class Spooler {
        private volatile Iterator<String> batch;

        void publish(List<String> pages) {
            batch = pages.iterator();
        }

        synchronized String nextPage() {
            return batch.hasNext() ? batch.next() : null;
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
