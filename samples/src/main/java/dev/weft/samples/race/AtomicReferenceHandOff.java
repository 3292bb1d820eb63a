package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A copy-on-write route table: the reloader copies the current {@code HashMap}, adds a route, and swaps
 * the copy in through an {@link AtomicReference}; the handler reads the current map through it.
 *
 * <p>{@code config-reloader} makes 200 such swaps with {@code compareAndSet}, each adding a {@code Route}
 * whose plain fields it fills in before the swap; {@code request-handler} gets the current map until it
 * holds the last route, reading the fields of the route it finds. Neither maps nor routes are changed
 * after they are swapped in. A successful {@code compareAndSet} has the memory effects of a volatile
 * write, and {@code get} of a volatile read: the swap happens-before the {@code get} that returns the new
 * map. That is the only thing ordering the reloader's writes (into the map and into the route) with the
 * handler's reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model atomics as volatile accesses
 * would wrongly report a race on {@code Route.backend} or {@code Route.version}.
 */
@Sample(
        shows = "A reloader swaps copy-on-write HashMaps of routes with plain fields through an"
                + " AtomicReference; a handler reads them: the swap happens-before the get that sees it, no race.",
        expect = "none",
        twin = "RacyHashMapSwap")
public final class AtomicReferenceHandOff {

    private static final int RELOADS = 200;

    private AtomicReferenceHandOff() {
    }

    /** Where a path goes; filled in by one thread, then handed over inside a new map, never changed. */
    static final class Route {
        String backend;
        int version;
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicReference<Map<String, Route>> routes = new AtomicReference<>(new HashMap<>());
        String[] lastSeen = new String[1];
        Thread reloader = new Thread(() -> {
            for (int version = 1; version <= RELOADS; version++) {
                Route route = new Route();
                route.backend = "orders-" + version;
                route.version = version;
                Map<String, Route> current;
                Map<String, Route> copy;
                do {
                    current = routes.get();
                    copy = new HashMap<>(current);
                    copy.put("/orders-v" + version, route);
                    copy.put("/orders", route);
                } while (!routes.compareAndSet(current, copy));
            }
        }, "config-reloader");
        Thread handler = new Thread(() -> {
            Route route;
            int lookups = 0;
            do {
                Thread.onSpinWait();
                route = routes.get().get("/orders");
                lookups++;
            } while (route == null || route.version < RELOADS);
            lastSeen[0] = route.backend + " after " + lookups + " lookups";
        }, "request-handler");
        reloader.start();
        handler.start();
        reloader.join();
        handler.join();
        System.out.println("the handler saw " + lastSeen[0] + "; the table has " + routes.get().size() + " routes");
    }
}
