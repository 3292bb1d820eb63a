package example.explorehunt;

import java.util.HashMap;
import java.util.Map;

/**
 * A lazily built cache without synchronization: each thread that finds the table missing builds it and
 * stores it in a plain field, which another thread reads; the field is a data race (and the table may be
 * seen half built).
 */
// weft: expect race example.explorehunt.ExchangeRateCache.rates
public final class ExchangeRateCache {

    private static Map<String, Double> rates;

    static Map<String, Double> rates() {
        if (rates == null) {
            Map<String, Double> table = new HashMap<>();
            table.put("EUR", 1.0);
            table.put("USD", 1.08);
            rates = table;
        }
        return rates;
    }

    static double convert(double euros, String currency) {
        return euros * rates().get(currency);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread checkout = new Thread(() -> System.out.println(convert(20, "USD")), "checkout");
        Thread invoicing = new Thread(() -> System.out.println(convert(35, "EUR")), "invoicing");
        checkout.start();
        invoicing.start();
        checkout.join();
        invoicing.join();
    }
}
