package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * Currency conversion: the rate table is built lazily in a holder class's static initializer (a plain
 * {@code HashMap}, never changed after), and conversions are counted by an enum singleton whose plain counters
 * change only in its {@code synchronized} methods. Pool tasks convert amounts, touching both for the first time.
 */
// weft: expect none
public final class CurrencyTableHolderEnum {

    static final class Rates {
        static final Map<String, Double> TO_EURO = build();

        private static Map<String, Double> build() {
            Map<String, Double> rates = new HashMap<>();
            rates.put("USD", 0.92);
            rates.put("GBP", 1.17);
            rates.put("JPY", 0.0061);
            rates.put("CHF", 1.04);
            return rates;
        }
    }

    enum Conversions {
        INSTANCE;

        private final Map<String, Integer> perCurrency = new HashMap<>();
        private long total;

        synchronized void record(String currency) {
            perCurrency.merge(currency, 1, Integer::sum);
            total++;
        }

        synchronized String summary() {
            return total + " conversions " + new java.util.TreeMap<>(perCurrency);
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService tellers = Executors.newFixedThreadPool(3, new NamedThreads("teller"));
        String[] currencies = {"USD", "GBP", "JPY", "CHF"};
        List<Future<Double>> euros = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String currency = currencies[i % currencies.length];
            double amount = 10.0 * (i + 1);
            euros.add(tellers.submit(() -> {
                Conversions.INSTANCE.record(currency);
                return amount * Rates.TO_EURO.get(currency);
            }));
        }
        double sum = 0;
        for (Future<Double> euro : euros) {
            sum += euro.get();
        }
        tellers.shutdown();
        System.out.printf("%.2f EUR; %s%n", sum, Conversions.INSTANCE.summary());
    }
}
