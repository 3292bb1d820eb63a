package example.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;

/**
 * A catalog export keeps one {@code Spliterator} over its products in a field; two exporter threads each take products
 * from it with {@code tryAdvance}, with no lock, so both move its cursor (a product may be exported twice).
 */
// weft: expect race java.util.ArrayList$ArrayListSpliterator threads=exporter-1,exporter-2 collection=java.util.ArrayList$ArrayListSpliterator
public final class CatalogSpliteratorShared {

    static final class Export {
        private final Spliterator<String> products;

        Export(List<String> catalog) {
            products = catalog.spliterator();
        }

        int exportSome(int max) {
            int[] exported = new int[1];
            for (int i = 0; i < max; i++) {
                products.tryAdvance(product -> exported[0]++); // weft: race
            }
            return exported[0];
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> catalog = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            catalog.add("sku-" + i);
        }
        Export export = new Export(catalog);
        int[] done = new int[2];
        Threads.runAll(new String[] {"exporter-1", "exporter-2"}, () -> done[0] = export.exportSome(40), () -> done[1] = export.exportSome(40));
        System.out.println("exported " + (done[0] + done[1]));
    }
}
