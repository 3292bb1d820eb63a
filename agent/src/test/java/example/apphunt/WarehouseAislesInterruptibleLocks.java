package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A warehouse's pickers share aisles, each a {@code ReentrantLock} with a {@code Condition} for restocking: a picker
 * takes an aisle with {@code lockInterruptibly} (or a timed {@code tryLock}, trying another aisle when it is busy),
 * waits with a timed {@code await} while the shelf is empty, and picks; a restocker fills shelves and
 * {@code signalAll}s. At closing time the supervisor interrupts the pickers, who stop wherever they are (in the lock,
 * in the wait, between picks) and record why in their own fields; the supervisor joins them and reads everything.
 */
// weft: expect none
public final class WarehouseAislesInterruptibleLocks {

    static final class Aisle {
        final ReentrantLock lock = new ReentrantLock();
        final Condition restocked = lock.newCondition();
        int onShelf;
        int picked;
    }

    static final class Picker extends Thread {
        final List<Aisle> aisles;
        int picks;
        String stoppedBecause;

        Picker(String name, List<Aisle> aisles) {
            super(name);
            this.aisles = aisles;
        }

        @Override
        public void run() {
            try {
                for (int order = 0; ; order++) {
                    Aisle aisle = aisles.get(order % aisles.size());
                    if (order % 2 == 0) {
                        aisle.lock.lockInterruptibly();
                    } else if (!aisle.lock.tryLock(1, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    try {
                        while (aisle.onShelf == 0) {
                            aisle.restocked.await(5, TimeUnit.MILLISECONDS);
                        }
                        aisle.onShelf--;
                        aisle.picked++;
                        picks++;
                    } finally {
                        aisle.lock.unlock();
                    }
                    if (Thread.interrupted()) {
                        throw new InterruptedException("between picks");
                    }
                }
            } catch (InterruptedException e) {
                stoppedBecause = e.getMessage() == null ? "closing time" : e.getMessage();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<Aisle> aisles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            aisles.add(new Aisle());
        }
        List<Picker> pickers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            pickers.add(new Picker("picker-" + p, aisles));
        }
        Thread restocker = new Thread(() -> {
            for (int round = 0; round < 60; round++) {
                Aisle aisle = aisles.get(round % aisles.size());
                aisle.lock.lock();
                try {
                    aisle.onShelf += 2;
                    aisle.restocked.signalAll();
                } finally {
                    aisle.lock.unlock();
                }
                Thread.yield();
            }
        }, "restocker");
        pickers.forEach(Thread::start);
        restocker.start();
        restocker.join();
        Thread.sleep(20);
        for (Picker picker : pickers) {
            picker.interrupt();
        }
        int picks = 0;
        for (Picker picker : pickers) {
            picker.join();
            picks += picker.picks;
            System.out.println(picker.getName() + ": " + picker.picks + " picks, stopped: " + picker.stoppedBecause);
        }
        int left = 0;
        for (Aisle aisle : aisles) {
            left += aisle.onShelf + aisle.picked;
        }
        System.out.println(picks + " picks, " + left);
    }
}
