package example.collections;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Twin of {@code CurrencyEnumRates}: the enum constant's rates are a {@code ConcurrentHashMap}. Correct: no finding. */
// weft: expect none
public final class CurrencyEnumRatesConcurrent {

    enum Currency {
        EUR, USD;

        private final Map<String, Double> rates = new ConcurrentHashMap<>();

        void quote(String to, double rate) {
            rates.put(to, rate);
        }

        double rateTo(String to) {
            return rates.getOrDefault(to, 1.0);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"feed", "pricer"}, () -> Currency.EUR.quote("USD", 1.08),
                () -> System.out.println("EUR->USD " + Currency.EUR.rateTo("USD")));
    }
}
