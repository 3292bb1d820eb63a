package example.explorehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Three parcel hubs, each guarded by its own lock, and three dispatchers, each moving parcels from one hub to the
 * next around the ring (north to east, east to south, south to north), holding the source hub's lock while it takes
 * the destination's: a lock-order cycle of three locks across three threads, which deadlocks when every dispatcher
 * holds its source hub at once.
 */
// weft: expect deadlock
public final class HubTransfersThreeWay {

    static final class Hub {
        final String name;
        final ReentrantLock lock = new ReentrantLock();
        int parcels = 10;

        Hub(String name) {
            this.name = name;
        }
    }

    static void move(Hub from, Hub to, int count) {
        from.lock.lock();
        try {
            from.parcels -= count;
            to.lock.lock();
            try {
                to.parcels += count;
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }

    /**
     * With an argument, each dispatcher moves its parcels only once the previous one has moved its own (latches): a
     * plain run then never deadlocks, and predicts the cycle.
     */
    public static void main(String[] args) throws InterruptedException {
        Hub[] hubs = {new Hub("north"), new Hub("east"), new Hub("south")};
        CountDownLatch[] done = {new CountDownLatch(0), new CountDownLatch(1), new CountDownLatch(1)};
        boolean inTurn = args.length > 0;
        Thread[] dispatchers = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int d = i;
            dispatchers[i] = new Thread(() -> {
                if (inTurn) {
                    await(done[d]);
                }
                move(hubs[d], hubs[(d + 1) % 3], 2);
                if (d < 2) {
                    done[d + 1].countDown();
                }
            }, "dispatcher-" + i);
        }
        for (Thread dispatcher : dispatchers) {
            dispatcher.start();
        }
        for (Thread dispatcher : dispatchers) {
            dispatcher.join();
        }
        System.out.println("parcels: " + (hubs[0].parcels + hubs[1].parcels + hubs[2].parcels));
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
