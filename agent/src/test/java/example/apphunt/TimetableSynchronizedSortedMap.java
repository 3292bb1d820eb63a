package example.apphunt;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A train timetable in a {@code Collections.synchronizedSortedMap}: planners put departures (plain fields) with the
 * map's own locking; a board thread shows the next departures by iterating a {@code headMap} view inside
 * {@code synchronized (timetable)}, and a delay thread changes departures' delays only inside the same monitor.
 */
// weft: expect none
public final class TimetableSynchronizedSortedMap {

    static final class Departure {
        String train;
        String platform;
        int delayMinutes;
    }

    public static void main(String[] args) throws Exception {
        SortedMap<Integer, Departure> timetable = Collections.synchronizedSortedMap(new TreeMap<>());
        Thread[] planners = new Thread[2];
        for (int p = 0; p < planners.length; p++) {
            int planner = p;
            planners[p] = new Thread(() -> {
                for (int i = 0; i < 30; i++) {
                    Departure departure = new Departure();
                    departure.train = "IC " + (planner * 100 + i);
                    departure.platform = String.valueOf(1 + i % 6);
                    timetable.put(600 + i * 2 + planner, departure);
                }
            }, "planner-" + p);
        }
        Thread delays = new Thread(() -> {
            for (int round = 0; round < 20; round++) {
                synchronized (timetable) {
                    for (Map.Entry<Integer, Departure> entry : timetable.entrySet()) {
                        if (entry.getKey() % 5 == round % 5) {
                            entry.getValue().delayMinutes++;
                        }
                    }
                }
            }
        }, "delays");
        long[] shown = new long[1];
        Thread board = new Thread(() -> {
            for (int refresh = 0; refresh < 20; refresh++) {
                synchronized (timetable) {
                    for (Departure departure : timetable.headMap(640).values()) {
                        shown[0] += departure.delayMinutes + departure.train.length() + departure.platform.length();
                    }
                }
            }
        }, "board");
        for (Thread planner : planners) {
            planner.start();
        }
        delays.start();
        board.start();
        for (Thread planner : planners) {
            planner.join();
        }
        delays.join();
        board.join();
        System.out.println(timetable.size() + " departures, board checksum " + (shown[0] >= 0));
    }
}
