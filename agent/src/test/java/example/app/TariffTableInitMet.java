package example.app;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A billing service guards its rates with its monitor; the tariff table's static initializer loads the standard
 * rates through that service. A biller holding the service's monitor looks up a tariff while a loader thread runs
 * the table's initializer, which waits for that monitor: the biller waits for the class's initialization, the loader
 * for the monitor. Two latches make each hold its part before it goes for the other's, whichever runs first, so
 * that every run deadlocks (the JVM shows the biller RUNNABLE; its own deadlock detection does not see it).
 */
public final class TariffTableInitMet {
    static final CountDownLatch initializing = new CountDownLatch(1), billing = new CountDownLatch(1);

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
                billing.countDown();
                await(initializing);
                return units * Tariffs.forZone(zone);
            }
        }
    }

    static final class Tariffs {
        static final Map<String, Integer> TABLE = new HashMap<>();

        static {
            initializing.countDown();
            await(billing);
            TABLE.put("north", Billing.standardRate("north"));
        }

        static int forZone(String zone) {
            return TABLE.getOrDefault(zone, 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> System.out.println("north: " + Tariffs.forZone("north")), "loader");
        Thread biller = new Thread(() -> System.out.println("bill: " + Billing.bill("south", 3)), "biller");
        loader.start(); biller.start(); loader.join(); biller.join();
        System.out.println("done");
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
