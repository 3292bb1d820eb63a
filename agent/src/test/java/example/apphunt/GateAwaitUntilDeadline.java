package example.apphunt;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A parking gate: cars queue at the gate in a plain {@code ArrayDeque} and a plain count, guarded by a lock;
 * the barrier arm thread waits on a {@code Condition} with {@code awaitUntil} deadlines, treating a passed
 * deadline as a reason to look again, and lets cars through, recording each in a plain log read by {@code main} after join.
 */
// weft: expect none
public final class GateAwaitUntilDeadline {

    static final class Car {
        String plate;
        long arrivedAt;
        long leftAt;
    }

    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition arrived = lock.newCondition();
        ArrayDeque<Car> waiting = new ArrayDeque<>();
        Car[] passed = new Car[24];
        int[] count = new int[1];
        Thread arm = new Thread(() -> {
            int through = 0;
            lock.lock();
            try {
                while (through < passed.length) {
                    Car car = waiting.poll();
                    if (car == null) {
                        arrived.awaitUntil(new Date(System.currentTimeMillis() + 5));
                        continue;
                    }
                    car.leftAt = car.arrivedAt + 3;
                    passed[through++] = car;
                    count[0] = through;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        }, "barrier-arm");
        arm.start();
        Thread[] lanes = new Thread[3];
        for (int l = 0; l < lanes.length; l++) {
            int lane = l;
            lanes[l] = new Thread(() -> {
                for (int c = 0; c < 8; c++) {
                    Car car = new Car();
                    car.plate = "L" + lane + "-" + c;
                    car.arrivedAt = TimeUnit.MILLISECONDS.toSeconds(System.currentTimeMillis()) + c;
                    lock.lock();
                    try {
                        waiting.add(car);
                        arrived.signal();
                    } finally {
                        lock.unlock();
                    }
                }
            }, "lane-" + l);
            lanes[l].start();
        }
        for (Thread lane : lanes) {
            lane.join();
        }
        arm.join();
        long stay = 0;
        for (Car car : passed) {
            stay += car.leftAt - car.arrivedAt + car.plate.length();
        }
        System.out.println(count[0] + " cars through, " + stay);
    }
}
