package example.app;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A tariff plan is an interface with a default rate lookup and a static table of standard rates, loaded through the
 * billing service under its monitor. A biller holding that monitor creates a flat plan while a loader reads the
 * table: creating a class that implements an interface with a default method initializes the interface first, so
 * the biller waits for the plan's initialization and the loader, inside it, for the monitor. Two latches make every
 * run deadlock.
 */
public final class TariffPlanInterfaceInit {
    static final CountDownLatch initializing = new CountDownLatch(1), billing = new CountDownLatch(1);
    static final Object RATES = new Object();
    static final Map<String, Integer> rates = new HashMap<>();

    interface TariffPlan {
        Map<String, Integer> STANDARD = loadStandard();

        static Map<String, Integer> loadStandard() {
            initializing.countDown();
            TariffTableInitMet.await(billing);
            synchronized (RATES) {
                return new HashMap<>(rates);
            }
        }

        default int rate(String zone) {
            return STANDARD.getOrDefault(zone, 10);
        }
    }

    static final class FlatPlan implements TariffPlan { }

    static int bill(String zone, int units) {
        synchronized (RATES) {
            rates.putIfAbsent(zone, 12);
            billing.countDown();
            TariffTableInitMet.await(initializing);
            TariffPlan plan = new FlatPlan();
            return units * plan.rate(zone);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> System.out.println("standard: " + TariffPlan.STANDARD), "loader");
        Thread biller = new Thread(() -> System.out.println("bill: " + bill("south", 3)), "biller");
        loader.start(); biller.start(); loader.join(); biller.join();
        System.out.println("done");
    }
}
