package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * Racy twin of {@code PollerStopFinallyReason}: the operator interrupts the poller first and writes the stop reason
 * after, so the poller's {@code finally}, which the interrupt reaches, reads the reason unordered with that write.
 */
// weft: expect race example.apphunt.PollerStopReasonLate$Poller.stopReason threads=main,poller
public final class PollerStopReasonLate {

    static final class Poller {
        String stopReason;
        int polled;
        final List<String> log = new ArrayList<>();
    }

    static void pollUntilStopped(Poller poller) throws InterruptedException {
        try {
            while (true) {
                poller.polled++;
                Thread.sleep(2);
            }
        } finally {
            poller.log.add("stopped: " + poller.stopReason); // weft: race
        }
    }

    public static void main(String[] args) throws Exception {
        Poller poller = new Poller();
        Thread thread = new Thread(() -> {
            try {
                pollUntilStopped(poller);
            } catch (InterruptedException e) {
                poller.log.add("done");
            }
        }, "poller");
        thread.start();
        Thread.sleep(20);
        thread.interrupt();
        poller.stopReason = "maintenance window"; // weft: race
        thread.join();
        System.out.println(poller.log);
    }
}
