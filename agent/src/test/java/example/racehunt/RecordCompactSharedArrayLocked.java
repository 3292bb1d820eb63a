package example.racehunt;

/** The twin of {@link RecordCompactSharedArray}: the compact constructor stores the latest value holding the array's lock. */
// weft: expect none
public final class RecordCompactSharedArrayLocked {

    static final int[] LATEST = new int[8];

    record Reading(int sensor, int value) {
        Reading {
            synchronized (LATEST) {
                LATEST[sensor] = value;
            }
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
