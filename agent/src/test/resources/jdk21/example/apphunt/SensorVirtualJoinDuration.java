package example.apphunt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A weather station calibrates its sensors on virtual threads started three ways: {@code Thread.ofVirtual().name(..)
 * .start(..)}, {@code Thread.startVirtualThread(..)} and {@code Thread.ofVirtual().unstarted(..)} then
 * {@code start()}. Each writes its sensor's calibration (plain fields); the station waits for each with
 * {@code join(Duration)}, checks that it returned true, and reads the calibration.
 */
// weft: expect none
public final class SensorVirtualJoinDuration {

    static final class Calibration {
        final String sensor;
        double offset;
        int samples;

        Calibration(String sensor) {
            this.sensor = sensor;
        }
    }

    static Runnable calibrate(Calibration calibration) {
        return () -> {
            for (int s = 0; s < 200; s++) {
                calibration.offset += (calibration.sensor.length() + s % 7) / 1000.0;
                calibration.samples++;
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        List<Calibration> calibrations = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Calibration calibration = new Calibration(i % 3 == 0 ? "thermometer-" + i : i % 3 == 1 ? "barometer-" + i : "hygrometer-" + i);
            calibrations.add(calibration);
            Runnable task = calibrate(calibration);
            Thread thread = switch (i % 3) {
                case 0 -> Thread.ofVirtual().name("calibrate-" + i).start(task);
                case 1 -> Thread.startVirtualThread(task);
                default -> {
                    Thread unstarted = Thread.ofVirtual().unstarted(task);
                    unstarted.start();
                    yield unstarted;
                }
            };
            threads.add(thread);
        }
        double offsets = 0;
        int samples = 0;
        for (int i = 0; i < threads.size(); i++) {
            if (!threads.get(i).join(Duration.ofSeconds(30))) {
                throw new IllegalStateException(calibrations.get(i).sensor + " still calibrating");
            }
            offsets += calibrations.get(i).offset;
            samples += calibrations.get(i).samples;
        }
        System.out.println(samples + " samples, offsets " + (offsets > 0));
    }
}
