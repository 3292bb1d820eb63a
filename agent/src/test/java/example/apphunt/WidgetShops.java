package example.apphunt;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * {@link WidgetShopsFixed} with the count of sales moved out of the mutex, after {@code unlock()}: the shops'
 * increments race.
 */
// weft: expect race example.apphunt.WidgetShops$Inventory.sold threads=shop-*
public final class WidgetShops {

    static final class Mutex {
        private static final class Sync extends AbstractQueuedSynchronizer {
            @Override
            protected boolean tryAcquire(int acquires) {
                return compareAndSetState(0, 1);
            }

            @Override
            protected boolean tryRelease(int releases) {
                setState(0);
                return true;
            }
        }

        private final Sync sync = new Sync();

        void lock() {
            sync.acquire(1);
        }

        void unlock() {
            sync.release(1);
        }
    }

    static final class Inventory {
        int widgets = 1_000;
        int sold;
    }

    public static void main(String[] args) throws InterruptedException {
        Mutex mutex = new Mutex();
        Inventory inventory = new Inventory();
        Thread[] shops = new Thread[3];
        for (int s = 0; s < shops.length; s++) {
            shops[s] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    boolean took;
                    mutex.lock();
                    try {
                        took = inventory.widgets > 0;
                        if (took) {
                            inventory.widgets--;
                        }
                    } finally {
                        mutex.unlock();
                    }
                    if (took) {
                        inventory.sold++; // weft: race
                    }
                }
            }, "shop-" + s);
            shops[s].start();
        }
        for (Thread shop : shops) {
            shop.join();
        }
        System.out.println("sold " + inventory.sold + ", left " + inventory.widgets);
    }
}
