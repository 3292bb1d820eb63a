package example.apphunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * A taxi dispatcher keeps ride requests in a {@code ConcurrentSkipListSet} ordered by a comparator over their
 * pickup time and id; drivers take the earliest with {@code pollFirst} and fill in the ride, which the dispatcher
 * reads after the drivers are done.
 */
// weft: expect none
public final class DispatchSkipListPoll {

    static final class Ride {
        final int id;
        final int pickupMinute;
        String driver;
        int fareCents;

        Ride(int id, int pickupMinute) {
            this.id = id;
            this.pickupMinute = pickupMinute;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentSkipListSet<Ride> requests = new ConcurrentSkipListSet<>(
                Comparator.comparingInt((Ride r) -> r.pickupMinute).thenComparingInt(r -> r.id));
        List<Ride> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Ride ride = new Ride(i, (i * 53) % 240);
            all.add(ride);
            requests.add(ride);
        }
        List<Thread> drivers = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            Thread t = new Thread(() -> {
                Ride ride;
                while ((ride = requests.pollFirst()) != null) {
                    ride.driver = Thread.currentThread().getName();
                    ride.fareCents = 500 + ride.pickupMinute * 3;
                }
            }, "driver-" + d);
            drivers.add(t);
            t.start();
        }
        for (Thread t : drivers) {
            t.join();
        }
        long fares = 0;
        for (Ride ride : all) {
            fares += ride.fareCents + ride.driver.length();
        }
        System.out.println(all.size() + " rides, " + fares);
    }
}
