package example.racehunt;

/**
 * A sensor reading is a record whose compact constructor also stores the value as the sensor's latest, in a static
 * array shared by the whole process; two collector threads make readings of the same sensors, so the array's elements
 * are written by both with no lock.
 */
// weft: expect race int[] threads=collector-1,collector-2
public final class RecordCompactSharedArray {

    static final int[] LATEST = new int[8];

    record Reading(int sensor, int value) {
        Reading {
            LATEST[sensor] = value; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] sums = new long[2];
        Threads.runAll(new String[] {"collector-1", "collector-2"}, () -> {
            for (int i = 0; i < 400; i++) {
                sums[0] += new Reading(i % 8, i).value();
            }
        }, () -> {
            for (int i = 0; i < 400; i++) {
                sums[1] += new Reading(i % 8, -i).value();
            }
        });
        System.out.println(sums[0] + sums[1]);
    }
}
