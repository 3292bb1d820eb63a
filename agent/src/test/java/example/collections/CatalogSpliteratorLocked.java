package example.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;

/**
 * The twin of {@link CatalogSpliteratorShared}: {@code exportSome} is {@code synchronized}; a third thread drains the rest
 * with {@code forEachRemaining} after both, and a fourth walks a spliterator of its own.
 */
// weft: expect none
public final class CatalogSpliteratorLocked {

    static final class Export {
        private final Spliterator<String> products;

        Export(List<String> catalog) {
            products = catalog.spliterator();
        }

        synchronized int exportSome(int max) {
            int[] exported = new int[1];
            for (int i = 0; i < max; i++) {
                products.tryAdvance(product -> exported[0]++);
            }
            return exported[0];
        }

        int exportRest() {
            int[] exported = new int[1];
            products.forEachRemaining(product -> exported[0]++);
            return exported[0];
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> catalog = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            catalog.add("sku-" + i);
        }
        Export export = new Export(catalog);
        int[] done = new int[4];
        Threads.runAll(new String[] {"exporter-1", "exporter-2"}, () -> done[0] = export.exportSome(40), () -> done[1] = export.exportSome(40));
        Threads.runAll(new String[] {"rest", "audit"}, () -> done[2] = export.exportRest(), () -> {
            Spliterator<String> own = catalog.spliterator();
            while (own.tryAdvance(product -> done[3]++)) {
                // counts every product
            }
        });
        System.out.println("exported " + (done[0] + done[1] + done[2]) + " of " + done[3]);
    }
}
