package example.explorehunt;

import java.util.concurrent.atomic.AtomicInteger;

/** Twin of {@link VolatileHitCounter}: hits are counted with {@code incrementAndGet}, one atomic step. */
// weft: expect none
public final class AtomicHitCounter {

    static final AtomicInteger hits = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Thread[] requests = new Thread[3];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new Thread(() -> {
                for (int hit = 0; hit < 2; hit++) {
                    hits.incrementAndGet();
                }
            }, "request-" + i);
            requests[i].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        if (hits.get() != 6) {
            throw new IllegalStateException(hits.get() + " hits counted of 6");
        }
    }
}
