package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An inventory: orders reserve stock under a metered lock (a {@code ReentrantLock} subclass that counts
 * its acquisitions inside the lock), a supplier thread restocks. The restock path takes the lock too.
 */
// weft: expect none
public final class InventoryServiceFixed {

    static final class MeteredLock extends ReentrantLock {
        private long acquisitions;

        @Override
        public void lock() {
            super.lock();
            acquisitions++;
        }

        long acquisitions() {
            lock();
            try {
                return acquisitions;
            } finally {
                unlock();
            }
        }
    }

    static final class Warehouse {
        private final MeteredLock lock = new MeteredLock();
        private final Map<String, Integer> reservations = new HashMap<>();
        private int unitsInStock = 20;

        boolean reserve(String order, int units) {
            lock.lock();
            try {
                if (unitsInStock < units) {
                    return false;
                }
                unitsInStock -= units;
                reservations.merge(order, units, Integer::sum);
                return true;
            } finally {
                lock.unlock();
            }
        }

        void restock(int units) {
            lock.lock();
            try {
                unitsInStock += units;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Warehouse warehouse = new Warehouse();
        CountDownLatch ordersDone = new CountDownLatch(12);
        ExecutorService orders = Executors.newFixedThreadPool(2, new NamedThreads("order"));
        for (int i = 0; i < 12; i++) {
            String order = "order-" + i;
            orders.execute(() -> {
                warehouse.reserve(order, 3);
                ordersDone.countDown();
            });
        }
        Thread supplier = new Thread(() -> {
            for (int delivery = 0; delivery < 3; delivery++) {
                warehouse.restock(5);
                Thread.yield();
            }
        }, "supplier");
        supplier.start();
        ordersDone.await();
        supplier.join();
        orders.shutdown();
        if (!orders.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("orders did not terminate");
        }
        System.out.println(warehouse.reservations.size() + " reserved, lock taken " + warehouse.lock.acquisitions() + " times");
    }
}
