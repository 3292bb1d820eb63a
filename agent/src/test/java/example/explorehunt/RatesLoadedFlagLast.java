package example.explorehunt;

import java.util.Map;

/** The twin of {@link RatesLoadedFlagFirst}: the loader stores the table, then sets the flag. */
// weft: expect none
public final class RatesLoadedFlagLast {

    private static volatile boolean loaded;
    private static volatile Map<String, Integer> rates;

    static int rate(String currency) {
        if (!loaded) {
            synchronized (RatesLoadedFlagLast.class) {
                if (!loaded) {
                    rates = Map.of("EUR", 108, "GBP", 127);
                    loaded = true;
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
