package example.apphunt;

import java.util.Date;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A heating plant's burner thread waits for a heat request with {@code Condition.awaitUninterruptibly()} and ignores
 * the interrupts a watchdog sends it; the thermostat thread writes the request (plain fields) under the lock and
 * {@code signal()}s. The burner reports back through a second condition of the same lock, which the thermostat
 * waits on with {@code awaitUntil(deadline)}.
 */
// weft: expect none
public final class BoilerAwaitUninterruptibly {

    static final class Plant {
        final ReentrantLock lock = new ReentrantLock();
        final Condition requested = lock.newCondition();
        final Condition served = lock.newCondition();
        int targetTemperature;
        int requestNumber;
        int servedNumber;
        long fuelUsed;
    }

    public static void main(String[] args) throws InterruptedException {
        Plant plant = new Plant();
        int requests = 60;
        Thread burner = new Thread(() -> {
            for (int served = 1; served <= requests; served++) {
                plant.lock.lock();
                try {
                    while (plant.requestNumber < served) {
                        plant.requested.awaitUninterruptibly();
                    }
                    plant.fuelUsed += plant.targetTemperature / 10;
                    plant.servedNumber = served;
                    plant.served.signal();
                } finally {
                    plant.lock.unlock();
                }
            }
            Thread.interrupted();
        }, "burner");
        burner.start();
        Thread watchdog = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                burner.interrupt();
            }
        }, "watchdog");
        watchdog.start();
        for (int request = 1; request <= requests; request++) {
            plant.lock.lock();
            try {
                plant.targetTemperature = 180 + request % 40;
                plant.requestNumber = request;
                plant.requested.signal();
                Date deadline = new Date(System.currentTimeMillis() + 30_000);
                while (plant.servedNumber < request) {
                    if (!plant.served.awaitUntil(deadline)) {
                        throw new IllegalStateException("burner did not answer request " + request);
                    }
                }
            } finally {
                plant.lock.unlock();
            }
        }
        watchdog.join();
        burner.join();
        System.out.println(plant.servedNumber + " requests served, fuel " + plant.fuelUsed);
    }
}
