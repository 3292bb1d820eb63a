package example.apphunt;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * Shops sell from one inventory under a mutex of their own making, and start once a latch of their own making
 * says the price list is published: the {@code Mutex} and {@code BooleanLatch} of
 * {@code AbstractQueuedSynchronizer}'s Javadoc.
 */
// weft: expect none
public final class WidgetShopsFixed {

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

    static final class BooleanLatch {
        private static final class Sync extends AbstractQueuedSynchronizer {
            @Override
            protected int tryAcquireShared(int ignore) {
                return getState() != 0 ? 1 : -1;
            }

            @Override
            protected boolean tryReleaseShared(int ignore) {
                setState(1);
                return true;
            }
        }

        private final Sync sync = new Sync();

        void signal() {
            sync.releaseShared(1);
        }

        void await() throws InterruptedException {
            sync.acquireSharedInterruptibly(1);
        }
    }

    static final class Inventory {
        int widgets = 1_000;
        int sold;
    }

    static double[] prices;

    public static void main(String[] args) throws InterruptedException {
        Mutex mutex = new Mutex();
        Inventory inventory = new Inventory();
        BooleanLatch pricesPublished = new BooleanLatch();
        Thread[] shops = new Thread[3];
        for (int s = 0; s < shops.length; s++) {
            shops[s] = new Thread(() -> {
                try {
                    pricesPublished.await();
                } catch (InterruptedException e) {
                    return;
                }
                double revenue = 0;
                for (int i = 0; i < 200; i++) {
                    mutex.lock();
                    try {
                        if (inventory.widgets > 0) {
                            inventory.widgets--;
                            inventory.sold++;
                            revenue += prices[i % prices.length];
                        }
                    } finally {
                        mutex.unlock();
                    }
                }
                System.out.println(Thread.currentThread().getName() + " took " + revenue);
            }, "shop-" + s);
            shops[s].start();
        }
        prices = new double[] {9.99, 19.99, 4.5};
        pricesPublished.signal();
        for (Thread shop : shops) {
            shop.join();
        }
        System.out.println("sold " + inventory.sold + ", left " + inventory.widgets);
    }
}
