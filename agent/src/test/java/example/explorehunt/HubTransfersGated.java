package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link HubTransfersThreeWay}'s ring of three hubs and three dispatchers, each taking its source hub's lock and then
 * the destination's, but every move first takes the routing desk's lock: the three hub locks are taken in a cycle,
 * yet never by two dispatchers at once, so they cannot deadlock (a cycle guarded by a gate lock).
 */
// weft: expect none
public final class HubTransfersGated {

    static final ReentrantLock desk = new ReentrantLock();

    public static void main(String[] args) throws InterruptedException {
        HubTransfersThreeWay.Hub[] hubs = {new HubTransfersThreeWay.Hub("north"), new HubTransfersThreeWay.Hub("east"),
            new HubTransfersThreeWay.Hub("south")};
        Thread[] dispatchers = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int d = i;
            dispatchers[i] = new Thread(() -> {
                desk.lock();
                try {
                    HubTransfersThreeWay.move(hubs[d], hubs[(d + 1) % 3], 2);
                } finally {
                    desk.unlock();
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
}
