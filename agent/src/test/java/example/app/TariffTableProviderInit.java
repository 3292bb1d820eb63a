package example.app;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The tariff table's static initializer loads the standard rates through the billing service, under the service's
 * monitor; the regional tariffs, a provider of tariffs, extend the table. A biller holding that monitor creates the
 * regional tariffs by reflection while a loader runs the table's initializer: the JVM initializes the table before
 * its subclass, so the biller waits (in the JDK's reflection) for the table's initialization and the loader for the
 * monitor. The biller creates them the argument's way: {@code Constructor.newInstance}, {@code Class.newInstance}, as
 * the provider a {@code ServiceLoader} of tariffs finds, by {@code Method.invoke} of their static factory, or through a
 * reference to that factory. Two latches make every run deadlock.
 */
public final class TariffTableProviderInit {
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
                return units * regionalTariffs(way).forZone(zone);
            }
        }

        @SuppressWarnings("deprecation") // Class.newInstance is one of the ways
        static Tariffs regionalTariffs(String way) throws ReflectiveOperationException {
            switch (way) {
                case "constructor":
                    return RegionalTariffs.class.getConstructor().newInstance();
                case "newInstance":
                    return RegionalTariffs.class.newInstance();
                case "method":
                    return (Tariffs) RegionalTariffs.class.getMethod("create").invoke(null);
                case "reference":
                    Supplier<Tariffs> factory = RegionalTariffs::create;
                    return factory.get();
                default:
                    for (Tariffs provided : ServiceLoader.load(Tariffs.class)) {
                        return provided;
                    }
                    throw new IllegalStateException("no tariffs provided");
            }
        }
    }

    /** The tariffs; a service whose providers extend it. */
    public static class Tariffs {
        static final Map<String, Integer> TABLE = new HashMap<>();

        static {
            initializing.countDown();
            TariffTableInitMet.await(billing);
            TABLE.put("north", Billing.standardRate("north"));
        }

        int forZone(String zone) {
            return TABLE.getOrDefault(zone, 1);
        }
    }

    /** The regional tariffs, the provider of tariffs. */
    public static final class RegionalTariffs extends Tariffs {
        public RegionalTariffs() {
        }

        public static RegionalTariffs create() {
            return new RegionalTariffs();
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
