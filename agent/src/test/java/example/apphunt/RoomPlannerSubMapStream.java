package example.apphunt;

import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A meeting-room planner: receptionists book slots (plain fields) into a {@code ConcurrentSkipListMap} keyed by the
 * slot's minute of the week, while the planner sums the working-hours part with streams over {@code subMap} and
 * {@code headMap} views. A sub-map's spliterator walks the live map (it just does not say {@code CONCURRENT}), so it
 * may meet slots booked after the stream began; each booking's {@code put} is ordered before that read.
 */
// weft: expect none
public final class RoomPlannerSubMapStream {

    static final class Booking {
        String room;
        String organizer;
        int attendees;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentSkipListMap<Integer, Booking> week = new ConcurrentSkipListMap<>();
        Thread[] receptionists = new Thread[2];
        for (int r = 0; r < receptionists.length; r++) {
            int desk = r;
            receptionists[r] = new Thread(() -> {
                for (int i = 0; i < 1500; i++) {
                    Booking booking = new Booking();
                    booking.room = "room-" + i % 7;
                    booking.organizer = "desk" + desk;
                    booking.attendees = 2 + i % 9;
                    week.put(i * 2 + desk, booking);
                    if (i % 10 == 0) {
                        Thread.yield(); // let the planner's streams overlap the bookings
                    }
                }
            }, "receptionist-" + r);
        }
        long[] seats = new long[1];
        Thread planner = new Thread(() -> {
            for (int pass = 0; pass < 150; pass++) {
                seats[0] += week.subMap(540, 2_460).values().stream().mapToLong(b -> b.attendees + b.room.length()).sum();
                seats[0] += week.headMap(2_900).entrySet().stream().filter(e -> e.getValue().organizer.endsWith("0")).count();
            }
        }, "planner");
        planner.start();
        for (Thread receptionist : receptionists) {
            receptionist.start();
        }
        for (Thread receptionist : receptionists) {
            receptionist.join();
        }
        planner.join();
        System.out.println(week.size() + " bookings, " + (seats[0] > 0));
    }
}
