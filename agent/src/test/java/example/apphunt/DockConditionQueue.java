package example.apphunt;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A loading dock of 3 bays as a bounded buffer on a {@code ReentrantLock} with two {@code Condition}s (not full, not
 * empty): trucks are made (their cargo in plain fields) by the arrivals thread and put in a bay with
 * {@code await}/{@code signal}; two loaders take them out, unload them (change the truck) and keep counts of their own.
 */
// weft: expect none
public final class DockConditionQueue {

    static final class Truck {
        final int id;
        int pallets;
        boolean unloaded;

        Truck(int id, int pallets) {
            this.id = id;
            this.pallets = pallets;
        }
    }

    static final class Dock {
        private final ArrayDeque<Truck> bays = new ArrayDeque<>();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();

        void arrive(Truck truck) throws InterruptedException {
            lock.lock();
            try {
                while (bays.size() == 3) {
                    notFull.await();
                }
                bays.addLast(truck);
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        Truck next() throws InterruptedException {
            lock.lock();
            try {
                while (bays.isEmpty()) {
                    notEmpty.await();
                }
                Truck truck = bays.removeFirst();
                notFull.signal();
                return truck;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Dock dock = new Dock();
        int trucks = 100;
        Thread arrivals = new Thread(() -> {
            try {
                for (int i = 0; i < trucks; i++) {
                    dock.arrive(new Truck(i, 1 + i % 12));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "arrivals");
        int[] unloaded = new int[2];
        Thread[] loaders = new Thread[2];
        for (int l = 0; l < 2; l++) {
            int loader = l;
            loaders[l] = new Thread(() -> {
                try {
                    for (int i = 0; i < trucks / 2; i++) {
                        Truck truck = dock.next();
                        unloaded[loader] += truck.pallets;
                        truck.pallets = 0;
                        truck.unloaded = true;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "loader-" + l);
        }
        arrivals.start();
        for (Thread t : loaders) {
            t.start();
        }
        arrivals.join();
        for (Thread t : loaders) {
            t.join();
        }
        System.out.println(unloaded[0] + unloaded[1]);
    }
}
