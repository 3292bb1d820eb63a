package example.explorehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A route cache computes a route's cost with {@code ConcurrentHashMap.compute}, and the function, to price a return
 * trip, calls {@code compute} for the reverse route on the same map. The map runs each function holding its bin's
 * monitor: two threads computing a route and its reverse at once each hold one bin and wait for the other's.
 */
// weft: expect deadlock
public final class RouteCacheCallback {

    static final Map<String, Integer> COSTS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        Thread outbound = new Thread(() -> price("a", "b"), "outbound");
        Thread inbound = new Thread(() -> price("b", "a"), "inbound");
        outbound.start();
        inbound.start();
        outbound.join();
        inbound.join();
        System.out.println("costs " + COSTS);
    }

    static void price(String from, String to) {
        COSTS.compute(from, (key, old) -> {
            int back = COSTS.compute(to, (k, v) -> v == null ? 7 : v); // the bug: calls back into the map
            return back + 5;
        });
    }
}
