package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Warehouse stock levels as immutable records in a {@code ConcurrentHashMap}, changed by optimistic
 * {@code replace(key, expected, updated)} loops (a reservation retries when another thread changed the record
 * first), {@code putIfAbsent} for new SKUs and {@code computeIfPresent} that drops a SKU whose stock reaches zero;
 * the records carry a mutable audit note set before they are published and never after.
 */
// weft: expect none
public final class StockReplaceCasLoop {

    static final class Level {
        final int onHand;
        final int reserved;
        String note;

        Level(int onHand, int reserved, String note) {
            this.onHand = onHand;
            this.reserved = reserved;
            this.note = note;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Level> stock = new ConcurrentHashMap<>();
        Thread[] clerks = new Thread[3];
        int[] reservations = new int[clerks.length];
        for (int c = 0; c < clerks.length; c++) {
            int me = c;
            clerks[c] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    String sku = "sku-" + i % 10;
                    stock.putIfAbsent(sku, new Level(50, 0, "opened by clerk-" + me));
                    while (true) {
                        Level current = stock.get(sku);
                        if (current == null || current.onHand - current.reserved == 0) {
                            break;
                        }
                        Level updated = new Level(current.onHand, current.reserved + 1, current.note.substring(0, 6) + " +1 by " + me);
                        if (stock.replace(sku, current, updated)) {
                            reservations[me]++;
                            break;
                        }
                    }
                    if (i % 50 == 49) {
                        stock.computeIfPresent(sku, (k, level) -> level.onHand == level.reserved ? null : level);
                    }
                }
            }, "clerk-" + c);
            clerks[c].start();
        }
        for (Thread clerk : clerks) {
            clerk.join();
        }
        int notes = 0;
        for (Level level : stock.values()) {
            notes += level.note.length() + level.reserved;
        }
        System.out.println(stock.size() + " skus, " + (reservations[0] + reservations[1] + reservations[2]) + " reservations, " + notes);
    }
}
