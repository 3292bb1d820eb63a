package example.app;

import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The tariff table's static initializer loads the standard rates through the billing service, under the service's
 * monitor; the regional tariffs extend the table. A biller holding that monitor uses the regional tariffs while a
 * loader runs the table's initializer: the JVM initializes the table before its subclass, so the biller waits for the
 * table's initialization and the loader for the monitor. The biller gets there the argument's way: {@code new} of the
 * subclass, the table inherited as a static field of the subclass, {@code Class.forName} of the subclass's name, or
 * {@code MethodHandles.Lookup.ensureInitialized} of it. Two latches make every run deadlock.
 */
public final class TariffTableSubclassInit {
    static final CountDownLatch initializing = new CountDownLatch(1), billing = new CountDownLatch(1);

    static final class Billing {
        static final Object RATES = new Object();
        static final Map<String, Integer> rates = new HashMap<>();

        static int standardRate(String zone) {
            synchronized (RATES) {
                return rates.getOrDefault(zone, 10);
            }
        }

        static int bill(String zone, int units, String way) throws ReflectiveOperationException {
            synchronized (RATES) {
                rates.putIfAbsent(zone, 12);
                billing.countDown();
                TariffTableInitMet.await(initializing);
                return units * regionalRate(zone, way);
            }
        }

        static int regionalRate(String zone, String way) throws ReflectiveOperationException {
            switch (way) {
                case "new":
                    return new RegionalTariffs().forZone(zone);
                case "field":
                    return RegionalTariffs.TABLE.getOrDefault(zone, 1);
                case "forName":
                    Class.forName("example.app.TariffTableSubclassInit$RegionalTariffs");
                    break;
                default:
                    MethodHandles.lookup().ensureInitialized(RegionalTariffs.class);
            }
            return Tariffs.TABLE.getOrDefault(zone, 1);
        }
    }

    static class Tariffs {
        static final Map<String, Integer> TABLE = new HashMap<>();

        static {
            initializing.countDown();
            TariffTableInitMet.await(billing);
            TABLE.put("north", Billing.standardRate("north"));
        }
    }

    static final class RegionalTariffs extends Tariffs {
        int forZone(String zone) {
            return TABLE.getOrDefault(zone, 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> System.out.println("north: " + Tariffs.TABLE.get("north")), "loader");
        Thread biller = new Thread(() -> {
            try {
                System.out.println("bill: " + Billing.bill("south", 3, args[0]));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, "biller");
        loader.start(); biller.start(); loader.join(); biller.join();
        System.out.println("done");
    }
}
