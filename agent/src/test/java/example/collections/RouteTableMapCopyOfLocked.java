package example.collections;

import java.util.HashMap;
import java.util.Map;

/** The twin of {@link RouteTableMapCopyOf}: the put and the copy hold the table's monitor. */
// weft: expect none
public final class RouteTableMapCopyOfLocked {

    static final Map<String, String> routes = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        routes.put("/", "index");
        Runnable admin = () -> {
            synchronized (routes) {
                routes.put("/health", "ok");
            }
        };
        Runnable router = () -> {
            Map<String, String> snapshot;
            synchronized (routes) {
                snapshot = Map.copyOf(routes);
            }
            System.out.println("snapshot " + snapshot.size());
        };
        Threads.runAll(new String[] {"admin", "router"}, admin, router);
    }
}
