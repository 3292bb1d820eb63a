package example.collections;

import java.util.HashMap;
import java.util.Map;

/** An enum constant keeps its exchange rates in a {@code HashMap}: a feed puts a rate while a pricer reads one, with no lock. */
// weft: expect race example.collections.CurrencyEnumRates$Currency.rates threads=feed,pricer collection=java.util.HashMap
public final class CurrencyEnumRates {

    enum Currency {
        EUR, USD;

        private final Map<String, Double> rates = new HashMap<>();

        void quote(String to, double rate) {
            rates.put(to, rate); // weft: race
        }

        double rateTo(String to) {
            return rates.getOrDefault(to, 1.0); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"feed", "pricer"}, () -> Currency.EUR.quote("USD", 1.08),
                () -> System.out.println("EUR->USD " + Currency.EUR.rateTo("USD")));
    }
}
