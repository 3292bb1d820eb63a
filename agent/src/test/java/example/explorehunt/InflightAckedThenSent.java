package example.explorehunt;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The twin of {@link InflightSentThenAcked}: the monitor reads the acknowledged count first. A message is sent before
 * it is acknowledged, so the sent count read later is at least the acknowledged one read before.
 */
// weft: expect none
public final class InflightAckedThenSent {

    static final AtomicLong SENT = new AtomicLong();
    static final AtomicLong ACKED = new AtomicLong();

    public static void main(String[] args) throws InterruptedException {
        Thread link = new Thread(() -> {
            for (int i = 0; i < 2; i++) {
                SENT.incrementAndGet();
                ACKED.incrementAndGet();
            }
        }, "link");
        Thread monitor = new Thread(() -> {
            for (int i = 0; i < 2; i++) {
                long acked = ACKED.get();
                long sent = SENT.get();
                if (acked > sent) {
                    throw new IllegalStateException(acked + " acknowledged of " + sent + " sent");
                }
            }
        }, "monitor");
        link.start();
        monitor.start();
        link.join();
        monitor.join();
        System.out.println(SENT.get() + " sent, " + ACKED.get() + " acknowledged");
    }
}
