package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pricing service loads its configuration lazily with double-checked locking on a {@code volatile} field: the
 * first caller builds the configuration (a map of rates, a currency) inside {@code synchronized} and publishes it
 * with the volatile write; the other threads see it through the volatile read, outside the lock.
 */
// weft: expect none
public final class PricingConfigDoubleChecked {

    static final class Config {
        final Map<String, Double> rates = new HashMap<>();
        String currency;
    }

    private static volatile Config config;

    static Config config() {
        Config c = config;
        if (c == null) {
            synchronized (PricingConfigDoubleChecked.class) {
                c = config;
                if (c == null) {
                    c = new Config();
                    c.rates.put("book", 0.05);
                    c.rates.put("food", 0.02);
                    c.currency = "EUR";
                    config = c;
                }
            }
        }
        return c;
    }

    public static void main(String[] args) throws Exception {
        List<Thread> quoters = new ArrayList<>();
        double[] totals = new double[4];
        for (int q = 0; q < 4; q++) {
            int quoter = q;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    Config c = config();
                    totals[quoter] += 10 * (1 + c.rates.get(i % 2 == 0 ? "book" : "food")) + c.currency.length();
                }
            }, "quoter-" + q);
            quoters.add(t);
            t.start();
        }
        for (Thread t : quoters) {
            t.join();
        }
        System.out.println(totals[0] + totals[1] + totals[2] + totals[3]);
    }
}
