package example.explorehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rate limiter over a {@code ConcurrentHashMap}: each request reads the client's count, and when it is under the
 * limit, puts the count plus one. Two calls on a thread-safe map are no atomic step: three requests can all see a count
 * under the limit of 2, and all be granted.
 */
// weft: expect failure
public final class RateLimiterCheckThenAct {

    static final int LIMIT = 2;
    static final Map<String, Integer> counts = new ConcurrentHashMap<>();
    static final AtomicInteger granted = new AtomicInteger();

    static void request(String client) {
        int used = counts.getOrDefault(client, 0);
        if (used < LIMIT) { // the bug: checked, then put, in two steps
            counts.put(client, used + 1);
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
