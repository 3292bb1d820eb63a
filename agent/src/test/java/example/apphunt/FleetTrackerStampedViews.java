package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * A fleet tracker's positions sit under one {@code StampedLock} that its modules reach in different ways: the GPS feed
 * writes with {@code writeLock()} stamps, the legacy importer through the {@code asWriteLock()} view, the map reads
 * with {@code readLock()} stamps and the report through the {@code asReadLock()} view, and the geofence reads with a
 * read stamp that it converts with {@code tryConvertToWriteLock} when a vehicle left its zone (else it takes the write
 * lock after giving the read stamp back).
 */
// weft: expect none
public final class FleetTrackerStampedViews {

    static final class Vehicle {
        final String plate;
        double lat;
        double lon;
        int updates;
        boolean outside;

        Vehicle(String plate) {
            this.plate = plate;
        }
    }

    public static void main(String[] args) throws Exception {
        StampedLock lock = new StampedLock();
        List<Vehicle> fleet = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fleet.add(new Vehicle("TRK-" + i));
        }
        List<Thread> modules = new ArrayList<>();
        Thread gpsFeed = new Thread(() -> {
            for (int tick = 0; tick < 300; tick++) {
                long stamp = lock.writeLock();
                try {
                    Vehicle v = fleet.get(tick % fleet.size());
                    v.lat += 0.001;
                    v.lon -= 0.002;
                    v.updates++;
                } finally {
                    lock.unlockWrite(stamp);
                }
            }
        }, "gps-feed");
        modules.add(gpsFeed);
        modules.add(new Thread(() -> {
            Lock write = lock.asWriteLock();
            for (int row = 0; row < 100; row++) {
                write.lock();
                try {
                    Vehicle v = fleet.get(row % fleet.size());
                    v.lat = Math.round(v.lat * 1000) / 1000.0;
                    v.updates++;
                } finally {
                    write.unlock();
                }
            }
        }, "importer"));
        double[] seen = new double[3];
        modules.add(new Thread(() -> {
            for (int frame = 0; frame < 200; frame++) {
                long stamp = lock.readLock();
                try {
                    for (Vehicle v : fleet) {
                        seen[0] += v.lat + v.lon;
                    }
                } finally {
                    lock.unlockRead(stamp);
                }
            }
        }, "map"));
        modules.add(new Thread(() -> {
            Lock read = lock.asReadLock();
            for (int line = 0; line < 200; line++) {
                read.lock();
                try {
                    Vehicle v = fleet.get(line % fleet.size());
                    seen[1] += v.updates + (v.outside ? 1 : 0);
                } finally {
                    read.unlock();
                }
            }
        }, "report"));
        modules.add(new Thread(() -> {
            for (int check = 0; check < 200 || gpsFeed.isAlive(); check++) {
                Vehicle v = fleet.get(check % fleet.size());
                long stamp = lock.readLock();
                boolean left = v.lat > 0.003 && !v.outside;
                if (!left) {
                    lock.unlockRead(stamp);
                    continue;
                }
                long write = lock.tryConvertToWriteLock(stamp);
                if (write == 0L) {
                    lock.unlockRead(stamp);
                    write = lock.writeLock();
                }
                try {
                    v.outside = v.lat > 0.003;
                    seen[2]++;
                } finally {
                    lock.unlockWrite(write);
                }
            }
        }, "geofence"));
        modules.forEach(Thread::start);
        for (Thread module : modules) {
            module.join();
        }
        int updates = 0;
        for (Vehicle v : fleet) {
            updates += v.updates + (v.outside ? 1000 : 0);
        }
        System.out.println(updates + " updates, seen " + seen[0] + " " + seen[1] + " " + seen[2]);
    }
}
