package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.HashMap;
import java.util.Map;

/**
 * A router's route table is a {@code HashMap} in a plain field: a reloader thread builds a fresh map and
 * swaps it in, while a request handler reads the field to look routes up.
 *
 * <p>{@code config-reloader} and {@code request-handler} pass a start gate together. The reloader swaps
 * in 200 new maps; the handler waits until it sees a swapped map, then looks a route up 2,000 times.
 * Nothing orders a swap with the reads of the field, and so nothing orders the {@code put}s that filled
 * the new map with the handler's {@code get}s either: the handler may see a map that looks half-filled, or
 * an old one forever.
 *
 * <p><b>What weft reports</b>: a race on {@code Router.routes} between {@code config-reloader}, at the
 * swap in {@code reload}, and {@code request-handler}, at its first read of the field (the wait for a new
 * map; its later reads, in {@code lookup}, come with no synchronization in between and are not checked
 * again); and a race on the contents of the {@code HashMap} held in {@code Router.routes}, between the
 * reloader's {@code put}s in {@code routeTable} (named by the first) and the handler's {@code get} in
 * {@code lookup}.
 *
 * <p><b>The fix</b>: {@link ConcurrentMapHandOff} keeps one {@code final} {@code ConcurrentHashMap} and
 * updates it in place; {@link AtomicReferenceHandOff} swaps whole maps through an {@code AtomicReference}.
 */
@Sample(
        shows = "A writer swaps a HashMap into a plain field while a reader reads the field: a data race on"
                + " the field, which also exposes the new map's contents unordered.",
        expect = "race",
        field = "dev.weft.samples.race.RacyHashMapSwap$Router.routes",
        threads = {"config-reloader", "request-handler"},
        twin = "ConcurrentMapHandOff")
public final class RacyHashMapSwap {

    private static final int RELOADS = 200;
    private static final int LOOKUPS = 2_000;

    private RacyHashMapSwap() {
    }

    /** Routes paths to backends; the table is swapped as a whole through a plain field: the bug. */
    static final class Router {
        Map<String, String> routes;
    }

    public static void main(String[] args) throws InterruptedException {
        Router router = new Router();
        Map<String, String> initial = routeTable(0);
        router.routes = initial;
        StartGate gate = new StartGate(2);
        int[] found = new int[1];
        Thread reloader = new Thread(() -> {
            gate.arriveAndAwait();
            for (int version = 1; version <= RELOADS; version++) {
                reload(router, routeTable(version));
            }
        }, "config-reloader");
        Thread handler = new Thread(() -> {
            gate.arriveAndAwait();
            while (router.routes == initial) { // weft: race
                Thread.onSpinWait(); // until the handler sees a map the reloader built
            }
            int count = 0;
            for (int i = 0; i < LOOKUPS; i++) {
                if (lookup(router, "/orders") != null) {
                    count++;
                }
            }
            found[0] = count;
        }, "request-handler");
        reloader.start();
        handler.start();
        reloader.join();
        handler.join();
        System.out.println("routed " + found[0] + " of " + LOOKUPS + " requests; now " + router.routes.get("/orders"));
    }

    private static Map<String, String> routeTable(int version) {
        Map<String, String> routes = new HashMap<>();
        routes.put("/home", "web-" + version); // weft: race
        routes.put("/orders", "orders-" + version);
        return routes;
    }

    static void reload(Router router, Map<String, String> fresh) {
        router.routes = fresh; // weft: race
    }

    static String lookup(Router router, String path) {
        Map<String, String> routes = router.routes;
        return routes.get(path); // weft: race
    }
}
