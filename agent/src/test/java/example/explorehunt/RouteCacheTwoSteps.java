package example.explorehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RouteCacheCallback} that prices the reverse route first, then computes the route with it, outside. */
// weft: expect none
public final class RouteCacheTwoSteps {

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
        int back = COSTS.compute(to, (k, v) -> v == null ? 7 : v);
        COSTS.compute(from, (key, old) -> back + 5);
    }
}
