package example.explorehunt;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link TariffTableInit} with the biller looking up the tariff before it takes the service's monitor: it may
 * wait for the table's initialization, which takes the monitor and lets it go, but holds nothing meanwhile.
 */
// weft: expect none
public final class TariffTableInitFirst {

    static final class Billing {
        static final Object RATES = new Object();
        static final Map<String, Integer> rates = new HashMap<>();

        static int standardRate(String zone) {
            synchronized (RATES) {
                return rates.getOrDefault(zone, 10);
            }
        }

        static int bill(String zone, int units) {
            int tariff = Tariffs.forZone(zone);
            synchronized (RATES) {
                rates.putIfAbsent(zone, 12);
                return units * tariff;
            }
        }
    }

    static final class Tariffs {
        static final Map<String, Integer> TABLE = new HashMap<>();

        static {
            TABLE.put("north", Billing.standardRate("north"));
            TABLE.put("south", Billing.standardRate("south"));
        }

        static int forZone(String zone) {
            return TABLE.getOrDefault(zone, 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> System.out.println("north: " + Tariffs.forZone("north")), "loader");
        Thread biller = new Thread(() -> System.out.println("bill: " + Billing.bill("south", 3)), "biller");
        loader.start();
        biller.start();
        loader.join();
        biller.join();
    }
}
