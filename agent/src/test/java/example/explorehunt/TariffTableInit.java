package example.explorehunt;

import java.util.HashMap;
import java.util.Map;

/**
 * A billing service guards its rates with its monitor; the tariff table's static initializer loads the
 * standard rates through that service. A biller holding the service's monitor looks up a tariff while the
 * table's class is being initialized by a loader thread, whose initializer waits for the monitor: the biller
 * waits for the class initialization, the loader for the monitor.
 */
// weft: expect deadlock
public final class TariffTableInit {

    static final class Billing {
        static final Object RATES = new Object();
        static final Map<String, Integer> rates = new HashMap<>();

        static int standardRate(String zone) {
            synchronized (RATES) {
                return rates.getOrDefault(zone, 10);
            }
        }

        static int bill(String zone, int units) {
            synchronized (RATES) {
                rates.putIfAbsent(zone, 12);
                return units * Tariffs.forZone(zone);
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
