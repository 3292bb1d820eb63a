package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A warehouse keeps its stock items in a {@code ConcurrentHashMap}; the nightly job marks the items to reorder with a
 * parallel {@code forEachValue}, writing each item's fields, then sums the reorder cost with {@code reduceValuesToLong},
 * finds one empty bin with {@code search} and lists the reordered items with {@code forEach(threshold, key, value)}:
 * each bulk operation waits for its tasks in the common pool.
 */
// weft: expect none
public final class StockLevelsChmBulk {

    static final class Item {
        final String sku;
        int onHand;
        int reorder;
        long unitCents;

        Item(String sku, int onHand, long unitCents) {
            this.sku = sku;
            this.onHand = onHand;
            this.unitCents = unitCents;
        }
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Item> stock = new ConcurrentHashMap<>();
        for (int i = 0; i < 400; i++) {
            stock.put("sku-" + i, new Item("sku-" + i, i % 37, 100 + i));
        }
        stock.forEachValue(8, item -> {
            if (item.onHand < 10) {
                item.reorder = 50 - item.onHand;
            }
            item.unitCents += item.unitCents / 20; // this year's prices
        });
        long cost = stock.reduceValuesToLong(8, item -> item.reorder * item.unitCents, 0L, Long::sum);
        String empty = stock.search(8, (sku, item) -> item.onHand == 0 && item.reorder == 50 ? sku : null);
        StringBuffer reordered = new StringBuffer();
        stock.forEach(8, (sku, item) -> {
            if (item.reorder > 45) {
                reordered.append(sku).append(' ');
            }
        });
        int items = 0;
        for (Item item : stock.values()) {
            items += item.reorder > 0 ? 1 : 0;
        }
        System.out.println(items + " to reorder for " + cost + ", e.g. " + empty + "; most urgent " + reordered.length());
    }
}
