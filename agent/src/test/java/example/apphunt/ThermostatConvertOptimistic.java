package example.apphunt;

import java.util.concurrent.locks.StampedLock;

/**
 * Two thermostat panels of one building share a {@code StampedLock}ed climate state. A panel sets its zone's target
 * under the write lock, then gives the lock up with {@code tryConvertToOptimisticRead} and reads the whole state for its
 * display optimistically: it uses what it read only when {@code validate} succeeds, and reads again under the read lock
 * when it fails. The other panel may write between the conversion and {@code validate}: those reads are discarded.
 */
// weft: expect none
public final class ThermostatConvertOptimistic {

    static final class Climate {
        final StampedLock lock = new StampedLock();
        final int[] targets = new int[2];
        int changes;

        int setAndDisplay(int zone, int target) {
            long stamp = lock.writeLock();
            targets[zone] = target;
            changes++;
            stamp = lock.tryConvertToOptimisticRead(stamp);
            int display = targets[0] * 100 + targets[1] + changes;
            if (lock.validate(stamp)) {
                return display;
            }
            stamp = lock.readLock();
            try {
                return targets[0] * 100 + targets[1] + changes;
            } finally {
                lock.unlockRead(stamp);
            }
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
        System.out.println(climate.changes + " changes, displays " + (shown[0] + shown[1] > 0));
    }
}
