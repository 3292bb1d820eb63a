package example.app;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The tariff table's static initializer is slow (it reads its rates for 2.5 s) but needs no lock. A biller holding the
 * billing service's monitor waits for that initialization, and an auditor waits for the monitor meanwhile: threads
 * stuck for seconds, one RUNNABLE without using CPU, but no cycle. Nothing to report.
 */
public final class TariffTableSlowInit {
    static final Object RATES = new Object();
    static final CountDownLatch initializing = new CountDownLatch(1), billing = new CountDownLatch(1);

    static final class Tariffs {
        static final Map<String, Integer> TABLE = new HashMap<>();

        static {
            initializing.countDown();
            try { Thread.sleep(2500); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            TABLE.put("north", 10);
        }

        static int forZone(String zone) {
            return TABLE.getOrDefault(zone, 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> System.out.println("north: " + Tariffs.forZone("north")), "loader");
        Thread biller = new Thread(() -> {
            TariffTableInitMet.await(initializing);
            synchronized (RATES) {
                billing.countDown();
                System.out.println("bill: " + 3 * Tariffs.forZone("south"));
            }
        }, "biller");
        Thread auditor = new Thread(() -> {
            TariffTableInitMet.await(billing);
            synchronized (RATES) {
                System.out.println("audited");
            }
        }, "auditor");
        loader.start(); biller.start(); auditor.start(); loader.join(); biller.join(); auditor.join();
        System.out.println("done");
    }
}
