package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The correct twin of {@link RacyHashMapSwap}: the router keeps one {@code ConcurrentHashMap} in a
 * {@code final} field, and the reloader publishes each new route with {@code put}.
 *
 * <p>{@code config-reloader} builds 200 routes one after another, each a {@code Route} with plain,
 * non-final fields filled in before the {@code put}; {@code request-handler} looks the route up with
 * {@code get} until it sees the last one, reading the fields of every route it gets. Putting a value into
 * a concurrent map happens-before any {@code get} that returns it ({@code java.util.concurrent} package
 * documentation, "Memory Consistency Properties"), and a route is never changed after its {@code put}:
 * that is the only thing ordering the reloader's writes of a route's fields with the handler's reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the concurrent map's put-to-get
 * edge would wrongly report a race on {@code Route.backend} or {@code Route.version}.
 */
@Sample(
        shows = "A reloader puts routes with plain fields into a ConcurrentHashMap in a final field; a handler"
                + " gets them and reads their fields: put happens-before the get that sees it, no race.",
        expect = "none",
        twin = "RacyHashMapSwap")
public final class ConcurrentMapHandOff {

    private static final int RELOADS = 200;

    private ConcurrentMapHandOff() {
    }

    /** Where a path goes; filled in by one thread, then handed over through the map, never changed. */
    static final class Route {
        String backend;
        int version;
    }

    /** Routes paths to backends; the table is one concurrent map, updated in place: the fix. */
    static final class Router {
        final ConcurrentHashMap<String, Route> routes = new ConcurrentHashMap<>();
    }

    public static void main(String[] args) throws InterruptedException {
        Router router = new Router();
        String[] lastSeen = new String[1];
        Thread reloader = new Thread(() -> {
            for (int version = 1; version <= RELOADS; version++) {
                Route route = new Route();
                route.backend = "orders-" + version;
                route.version = version;
                router.routes.put("/orders", route);
            }
        }, "config-reloader");
        Thread handler = new Thread(() -> {
            Route route;
            int lookups = 0;
            do {
                Thread.onSpinWait();
                route = router.routes.get("/orders");
                lookups++;
            } while (route == null || route.version < RELOADS);
            lastSeen[0] = route.backend + " after " + lookups + " lookups";
        }, "request-handler");
        reloader.start();
        handler.start();
        reloader.join();
        handler.join();
        System.out.println("the handler saw " + lastSeen[0]);
    }
}
