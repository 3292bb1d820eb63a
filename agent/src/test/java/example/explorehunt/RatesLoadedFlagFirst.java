package example.explorehunt;

import java.util.Map;

/**
 * Exchange rates loaded lazily by double-checked locking on a volatile flag; the loader sets the flag before it stores
 * the table. A pricer that checks the flag between the two finds it set, skips the monitor, and finds no table yet: a
 * {@code NullPointerException} (an order violation; both fields volatile, so no data race).
 */
// weft: expect failure
public final class RatesLoadedFlagFirst {

    private static volatile boolean loaded;
    private static volatile Map<String, Integer> rates;

    static int rate(String currency) {
        if (!loaded) {
            synchronized (RatesLoadedFlagFirst.class) {
                if (!loaded) {
                    loaded = true; // the bug: set before the table is stored
                    rates = Map.of("EUR", 108, "GBP", 127);
                }
            }
        }
        return rates.get(currency);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread euro = new Thread(() -> rate("EUR"), "pricer-eur");
        Thread pound = new Thread(() -> rate("GBP"), "pricer-gbp");
        euro.start();
        pound.start();
        euro.join();
        pound.join();
        System.out.println("EUR " + rate("EUR"));
    }
}
