package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 The racy twin of {@link RepricerEntrySetValue}: the repricer stamps the new price's revision after its
 * {@code setValue} has put it into the map, so the shops, which wait for that stamp, read it unordered with its write.
 */
// weft: expect race example.apphunt.RepricerEntrySetValueLate$Price.revision threads=repricer,shop-*
public final class RepricerEntrySetValueLate {

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
                entry.setValue(next);
                next.revision = 1; // weft: race
            }
        }, "repricer");
        long[] seen = new long[2];
        Thread[] shops = new Thread[2];
        for (int s = 0; s < shops.length; s++) {
            int me = s;
            shops[s] = new Thread(() -> {
                for (int p = 0; p < 30; p++) {
                    Price price = prices.get("product-" + p);
                    while (price.revision == 0) { // weft: race
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
