package example.apphunt;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.locks.LockSupport;

/**
 * A monitoring dashboard shows alerts newest first through the sequenced views of JDK 21 ({@code reversed()}) while
 * sensor threads still raise them: a {@code ConcurrentLinkedDeque} walked with a for-each over {@code reversed()}, a
 * {@code LinkedBlockingDeque}'s {@code reversed().stream()}, and a {@code CopyOnWriteArrayList}'s {@code reversed()}
 * iterated; each alert's fields are written before it is added, and read by the dashboard after it sees the alert.
 */
// weft: expect none
public final class AlertsNewestFirstReversed {

    static final class Alert {
        String sensor;
        int level;
        long raisedAt;
    }

    static Alert alert(int sensor, int n) {
        Alert alert = new Alert();
        alert.sensor = "sensor-" + sensor;
        alert.level = n % 4;
        alert.raisedAt = n;
        return alert;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentLinkedDeque<Alert> recent = new ConcurrentLinkedDeque<>();
        LinkedBlockingDeque<Alert> bounded = new LinkedBlockingDeque<>(1_000);
        List<Alert> pinned = new CopyOnWriteArrayList<>();
        CountDownLatch raised = new CountDownLatch(3);
        for (int s = 0; s < 3; s++) {
            int sensor = s;
            Thread.ofPlatform().name("sensor-" + s).start(() -> {
                for (int n = 0; n < 60; n++) {
                    recent.addLast(alert(sensor, n));
                    bounded.offerLast(alert(sensor, n));
                    if (n % 10 == 0) {
                        pinned.add(alert(sensor, n));
                    }
                    LockSupport.parkNanos(200_000); // a sensor's pace: the dashboard reads while alerts are raised
                }
                raised.countDown();
            });
        }
        long seen = 0;
        while (raised.getCount() > 0) {
            for (Alert alert : recent.reversed()) {
                seen += alert.level + alert.sensor.length() + alert.raisedAt;
            }
            seen += bounded.reversed().stream().mapToLong(alert -> alert.level + alert.raisedAt).sum();
            for (Alert alert : pinned.reversed()) {
                seen += alert.level + alert.sensor.length();
            }
        }
        System.out.println("dashboard read " + seen);
    }
}
