package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A nightly repricer takes a snapshot of a {@code ConcurrentHashMap}'s entries, then replaces each product's price with
 * a new, fully built price object through the entry's {@code setValue} (which puts into the map); shop threads wait
 * with {@code get} until every product shows its new price and read the price's fields. The map orders each
 * {@code setValue} before the {@code get} that sees its value.
 */
// weft: expect none
public final class RepricerEntrySetValue {

    static final class Price {
        long cents;
        String currency;
        int revision;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Price> prices = new ConcurrentHashMap<>();
        for (int p = 0; p < 30; p++) {
            Price price = new Price();
            price.cents = 100 + p;
            price.currency = "EUR";
            prices.put("product-" + p, price);
        }
        Thread repricer = new Thread(() -> {
            List<Map.Entry<String, Price>> entries = new ArrayList<>(prices.entrySet());
            for (Map.Entry<String, Price> entry : entries) {
                Price next = new Price();
                next.cents = entry.getValue().cents * 11 / 10;
                next.currency = "EUR";
                next.revision = 1;
                entry.setValue(next);
            }
        }, "repricer");
        long[] seen = new long[2];
        Thread[] shops = new Thread[2];
        for (int s = 0; s < shops.length; s++) {
            int me = s;
            shops[s] = new Thread(() -> {
                for (int p = 0; p < 30; p++) {
                    Price price = prices.get("product-" + p);
                    while (price.revision == 0) {
                        Thread.onSpinWait();
                        price = prices.get("product-" + p);
                    }
                    seen[me] += price.cents + price.currency.length();
                }
            }, "shop-" + s);
            shops[s].start();
        }
        repricer.start();
        repricer.join();
        for (Thread shop : shops) {
            shop.join();
        }
        System.out.println(seen[0] + seen[1]);
    }
}
