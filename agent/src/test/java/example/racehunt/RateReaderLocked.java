package example.racehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Readers take the read lock to read the exchange rate; the updater writes it without the write lock. */
// weft: expect race example.racehunt.RateReaderLocked.rate threads=quoter,updater
public final class RateReaderLocked {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private double rate = 1.08;

    double quote(double amount) {
        lock.readLock().lock();
        try {
            return amount * rate; // weft: race
        } finally {
            lock.readLock().unlock();
        }
    }

    void update(double newRate) {
        rate = newRate; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        RateReaderLocked fx = new RateReaderLocked();
        Threads.runAll(new String[] {"quoter", "updater"},
                () -> {
                    double total = 0;
                    for (int i = 0; i < 100; i++) {
                        total += fx.quote(10);
                    }
                    System.out.println("quoted " + (total > 0));
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        fx.update(1.0 + i / 1000.0);
                    }
                });
    }
}
