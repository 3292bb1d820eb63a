package example.apphunt;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;

/**
 * Racy twin of {@code AlertsNewestFirstReversed}: the sensor escalates an alert's level after adding it to the deque, so
 * the dashboard, walking the deque's {@code reversed()} view meanwhile, reads the level unordered with that write. Only a
 * walk between the newest alert's escalation and the next alert's addition shows it (a later addition orders the write),
 * so the sensor raises 200 alerts a millisecond apart: a loaded machine that keeps the dashboard off the CPU through a
 * few of those windows still leaves it many.
 */
// weft: expect race example.apphunt.AlertsNewestFirstEscalated$Alert.level threads=main,sensor
public final class AlertsNewestFirstEscalated {

    static final class Alert {
        int level;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentLinkedDeque<Alert> recent = new ConcurrentLinkedDeque<>();
        CountDownLatch raised = new CountDownLatch(1);
        Thread.ofPlatform().name("sensor").start(() -> {
            for (int n = 0; n < 200; n++) {
                Alert alert = new Alert();
                recent.addLast(alert);
                alert.level = n % 4; // weft: race
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
            raised.countDown();
        });
        long seen = 0;
        while (raised.getCount() > 0) {
            for (Alert alert : recent.reversed()) {
                seen += alert.level; // weft: race
            }
        }
        System.out.println("dashboard read " + seen);
    }
}
