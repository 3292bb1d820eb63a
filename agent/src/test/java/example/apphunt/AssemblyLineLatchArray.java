package example.apphunt;

import java.util.concurrent.CountDownLatch;

/**
 * An assembly line of five stations, one thread each, ordered by an array of latches per car: station {@code s}
 * waits for {@code done[car][s - 1]}, works on the car (a mutable object no one else touches meanwhile) and counts
 * down {@code done[car][s]}. {@code main} waits for the last station's latch of each car before it inspects the car.
 */
// weft: expect none
public final class AssemblyLineLatchArray {

    static final class Car {
        final int serial;
        final StringBuilder log = new StringBuilder();
        int parts;

        Car(int serial) {
            this.serial = serial;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int cars = 30;
        int stations = 5;
        Car[] line = new Car[cars];
        CountDownLatch[][] done = new CountDownLatch[cars][stations];
        for (int c = 0; c < cars; c++) {
            line[c] = new Car(c);
            for (int s = 0; s < stations; s++) {
                done[c][s] = new CountDownLatch(1);
            }
        }
        Thread[] workers = new Thread[stations];
        for (int s = 0; s < stations; s++) {
            int station = s;
            workers[s] = new Thread(() -> {
                try {
                    for (int c = 0; c < cars; c++) {
                        if (station > 0) {
                            done[c][station - 1].await();
                        }
                        Car car = line[c];
                        car.parts += station + 1;
                        car.log.append('S').append(station);
                        done[c][station].countDown();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "station-" + s);
        }
        for (int s = stations - 1; s >= 0; s--) {
            workers[s].start();
        }
        int parts = 0;
        int logged = 0;
        for (int c = 0; c < cars; c++) {
            done[c][stations - 1].await();
            parts += line[c].parts;
            logged += line[c].log.length();
        }
        System.out.println(parts + " parts, " + logged + " log chars");
    }
}
