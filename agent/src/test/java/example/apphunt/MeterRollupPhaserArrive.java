package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

/**
 * A metering service rolls readings up per minute: each meter thread writes its minute's reading into that minute's
 * row and calls {@code arrive()}, then prepares its next reading while the others arrive, and waits for the minute to
 * end with {@code awaitAdvance(phase)} before it fills the next row (a second {@code arrive()} in the same phase would
 * count as another party's); the roll-up thread, not a party, waits for each minute with {@code awaitAdvance(minute)}
 * and sums that row. The meters leave with {@code arriveAndDeregister} after their last minute, which ends the phaser;
 * the main thread joins all.
 */
// weft: expect none
public final class MeterRollupPhaserArrive {

    static final class Reading {
        long wattHours;
        String meter;
    }

    static Reading read(int meter, int minute) {
        Reading reading = new Reading();
        reading.wattHours = 100L * (meter + 1) + minute;
        reading.meter = "meter-" + meter;
        return reading;
    }

    public static void main(String[] args) throws Exception {
        int meters = 3;
        int minutes = 6;
        Reading[][] rows = new Reading[minutes][meters];
        long[] totals = new long[minutes];
        Phaser minute = new Phaser(meters);
        List<Thread> threads = new ArrayList<>();
        for (int m = 0; m < meters; m++) {
            int meter = m;
            threads.add(new Thread(() -> {
                Reading reading = read(meter, 0);
                for (int t = 0; t < minutes; t++) {
                    rows[t][meter] = reading;
                    if (t == minutes - 1) {
                        minute.arriveAndDeregister();
                    } else {
                        int phase = minute.arrive();
                        reading = read(meter, t + 1);
                        minute.awaitAdvance(phase);
                    }
                }
            }, "meter-" + m));
        }
        threads.add(new Thread(() -> {
            for (int t = 0; t < minutes; t++) {
                minute.awaitAdvance(t);
                for (Reading reading : rows[t]) {
                    totals[t] += reading.wattHours + reading.meter.length();
                }
            }
        }, "rollup"));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long all = 0;
        for (long total : totals) {
            all += total;
        }
        System.out.println(all + " Wh over " + minutes + " minutes, terminated " + minute.isTerminated());
    }
}
