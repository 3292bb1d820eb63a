package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A currency converter caches exchange rates under a {@code ReentrantReadWriteLock}: a refresher takes the write lock,
 * updates the rates and the version, then downgrades (takes the read lock before it unlocks the write lock) to log
 * what it wrote; converters read under the read lock.
 */
// weft: expect none
public final class ExchangeRates {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Double> rates = new HashMap<>();
    private int version;
    private String logged;

    void refresh(int round) {
        lock.writeLock().lock();
        try {
            rates.put("EUR", 1.0 + round / 100.0);
            rates.put("GBP", 0.8 + round / 100.0);
            version++;
            lock.readLock().lock();
        } finally {
            lock.writeLock().unlock();
        }
        try {
            logged = "v" + version + " " + rates.get("EUR");
        } finally {
            lock.readLock().unlock();
        }
    }

    double convert(String currency, double amount) {
        lock.readLock().lock();
        try {
            Double rate = rates.get(currency);
            return rate == null ? amount : amount * rate + version * 0;
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        ExchangeRates converter = new ExchangeRates();
        Thread refresher = new Thread(() -> {
            for (int round = 0; round < 50; round++) {
                converter.refresh(round);
            }
        }, "refresher");
        double[] sums = new double[2];
        Thread[] clients = new Thread[2];
        for (int c = 0; c < clients.length; c++) {
            int client = c;
            clients[c] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    sums[client] += converter.convert(client == 0 ? "EUR" : "GBP", 10);
                }
            }, "client-" + c);
        }
        refresher.start();
        for (Thread client : clients) {
            client.start();
        }
        refresher.join();
        for (Thread client : clients) {
            client.join();
        }
        System.out.println(converter.logged + " " + (int) (sums[0] + sums[1]));
    }
}
