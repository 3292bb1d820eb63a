package example.explorehunt;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A link counts the messages it sent and those acknowledged in two {@code AtomicLong}s; a monitor checks that no more
 * were acknowledged than sent. It reads the sent count, then the acknowledged one: a message sent and acknowledged
 * between its two reads makes the acknowledged count exceed the sent count it read, and the monitor throws (an
 * atomicity violation across two atomics; no data race).
 */
// weft: expect failure
public final class InflightSentThenAcked {

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
                long sent = SENT.get(); // the bug: read before the acknowledged count, which may pass it meanwhile
                long acked = ACKED.get();
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
