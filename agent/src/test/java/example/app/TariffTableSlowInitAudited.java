package example.app;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The regional tariffs extend a tariff table whose static initializer is slow (it reads its rates for 2.5 s) but
 * needs no lock. A biller holding the billing service's monitor uses the regional tariffs (by {@code new},
 * {@code Class.forName}, {@code Constructor.newInstance}, {@code Class.newInstance}, as the provider a
 * {@code ServiceLoader} finds, by {@code Method.invoke} of their static factory or through a reference to it, as the
 * argument says) and so waits for the table's initialization; meanwhile an auditor
 * initializes the audit log, whose static initializer waits for that monitor. One thread in a static initializer
 * waits for a lock the RUNNABLE biller holds, and the biller waits for a class's initialization, but not for that
 * one: no cycle, nothing to report.
 */
public final class TariffTableSlowInitAudited {
    static final Object RATES = new Object();
    static final CountDownLatch initializing = new CountDownLatch(1), billing = new CountDownLatch(1);

    /** The tariffs; a service whose providers extend it. */
    public static class Tariffs {
        static final Map<String, Integer> TABLE = new HashMap<>();

        static {
            initializing.countDown();
            try { Thread.sleep(2500); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            TABLE.put("north", 10);
        }
    }

    /** The regional tariffs, the provider of tariffs. */
    public static final class RegionalTariffs extends Tariffs {
        public RegionalTariffs() {
        }

        public static RegionalTariffs create() {
            return new RegionalTariffs();
        }

        int forZone(String zone) {
            return TABLE.getOrDefault(zone, 1);
        }
    }

    static final class AuditLog {
        static final Map<String, Integer> OPENING = new HashMap<>();

        static {
            synchronized (RATES) {
                OPENING.put("north", 0);
            }
        }
    }

    @SuppressWarnings("deprecation") // Class.newInstance is one of the ways
    static int regionalRate(String zone, String way) throws ReflectiveOperationException {
        switch (way) {
            case "new":
                return new RegionalTariffs().forZone(zone);
            case "forName":
                Class.forName("example.app.TariffTableSlowInitAudited$RegionalTariffs");
                return Tariffs.TABLE.getOrDefault(zone, 1);
            case "constructor":
                return RegionalTariffs.class.getConstructor().newInstance().forZone(zone);
            case "newInstance":
                return RegionalTariffs.class.newInstance().forZone(zone);
            case "method":
                return ((RegionalTariffs) RegionalTariffs.class.getMethod("create").invoke(null)).forZone(zone);
            case "reference":
                Supplier<RegionalTariffs> factory = RegionalTariffs::create;
                return factory.get().forZone(zone);
            default:
                for (Tariffs provided : ServiceLoader.load(Tariffs.class)) {
                    return ((RegionalTariffs) provided).forZone(zone);
                }
                throw new IllegalStateException("no tariffs provided");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> System.out.println("north: " + Tariffs.TABLE.get("north")), "loader");
        Thread biller = new Thread(() -> {
            TariffTableInitMet.await(initializing);
            synchronized (RATES) {
                billing.countDown();
                try {
                    System.out.println("bill: " + 3 * regionalRate("south", args[0]));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "biller");
        Thread auditor = new Thread(() -> {
            TariffTableInitMet.await(billing);
            System.out.println("audit: " + AuditLog.OPENING);
        }, "auditor");
        loader.start(); biller.start(); auditor.start(); loader.join(); biller.join(); auditor.join();
        System.out.println("done");
    }
}
