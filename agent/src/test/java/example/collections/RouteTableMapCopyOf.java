package example.collections;

import java.util.HashMap;
import java.util.Map;

/** A router takes an immutable snapshot of its route table with {@code Map.copyOf} while an admin thread adds a route, with no lock. */
// weft: expect race example.collections.RouteTableMapCopyOf.routes threads=admin,router collection=java.util.HashMap
public final class RouteTableMapCopyOf {

    static final Map<String, String> routes = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        routes.put("/", "index");
        Runnable admin = () -> routes.put("/health", "ok"); // weft: race
        Runnable router = () -> System.out.println("snapshot " + Map.copyOf(routes).size()); // weft: race
        Threads.runAll(new String[] {"admin", "router"}, admin, router);
    }
}
