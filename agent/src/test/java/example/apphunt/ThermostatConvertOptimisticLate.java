package example.apphunt;

import java.util.concurrent.locks.StampedLock;

/**
 * The thermostat panels of {@link ThermostatConvertOptimistic}, but a panel also remembers what it displayed in the
 * shared climate state after {@code tryConvertToOptimisticRead} gave the write lock up: the two panels write that
 * field unordered, whichever runs first.
 */
// weft: expect race example.apphunt.ThermostatConvertOptimisticLate$Climate.lastDisplay threads=panel-*
public final class ThermostatConvertOptimisticLate {

    static final class Climate {
        final StampedLock lock = new StampedLock();
        final int[] targets = new int[2];
        int changes;
        int lastDisplay;

        int setAndDisplay(int zone, int target) {
            long stamp = lock.writeLock();
            targets[zone] = target;
            changes++;
            stamp = lock.tryConvertToOptimisticRead(stamp);
            int display = targets[0] * 100 + targets[1] + changes;
            if (!lock.validate(stamp)) {
                stamp = lock.readLock();
                try {
                    display = targets[0] * 100 + targets[1] + changes;
                } finally {
                    lock.unlockRead(stamp);
                }
            }
            lastDisplay = display; // weft: race
            return display;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Climate climate = new Climate();
        long[] shown = new long[2];
        Thread[] panels = new Thread[2];
        for (int z = 0; z < 2; z++) {
            int zone = z;
            panels[z] = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    shown[zone] += climate.setAndDisplay(zone, 18 + (i + zone) % 6);
                }
            }, "panel-" + z);
            panels[z].start();
        }
        for (Thread panel : panels) {
            panel.join();
        }
        System.out.println(climate.changes + " changes, last display " + climate.lastDisplay);
    }
}
