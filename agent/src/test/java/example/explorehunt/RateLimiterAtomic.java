package example.explorehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link RateLimiterCheckThenAct} with the check and the update in one {@code compute} of the map. */
// weft: expect none
public final class RateLimiterAtomic {

    static final int LIMIT = 2;
    static final Map<String, Integer> counts = new ConcurrentHashMap<>();
    static final AtomicInteger granted = new AtomicInteger();

    static void request(String client) {
        boolean[] allowed = new boolean[1];
        counts.compute(client, (key, used) -> {
            int now = used == null ? 0 : used;
            allowed[0] = now < LIMIT;
            return allowed[0] ? now + 1 : now;
        });
        if (allowed[0]) {
            granted.incrementAndGet();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] requests = new Thread[3];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new Thread(() -> request("client-7"), "request-" + i);
            requests[i].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        if (granted.get() > LIMIT) {
            throw new AssertionError(granted.get() + " requests granted, over the limit of " + LIMIT);
        }
    }
}
