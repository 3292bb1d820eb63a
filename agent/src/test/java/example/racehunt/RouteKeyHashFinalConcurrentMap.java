package example.racehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed {@link RouteKeyHashConcurrentMap}: the key computes its hash code in its constructor, into a final field,
 * so the two request threads' lookups in the {@code ConcurrentHashMap} only read it.
 */
// weft: expect none
public final class RouteKeyHashFinalConcurrentMap {

    static final class RouteKey {
        final String host;
        final int port;
        private final int hash;

        RouteKey(String host, int port) {
            this.host = host;
            this.port = port;
            this.hash = 31 * host.hashCode() + port;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RouteKey key && key.host.equals(host) && key.port == port;
        }
    }

    private static final Map<RouteKey, String> ROUTES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        ROUTES.put(new RouteKey("db.internal", 5432), "primary");
        RouteKey asked = new RouteKey("db.internal", 5432);
        String[] routes = new String[2];
        Threads.runAll(new String[] {"lookup-1", "lookup-2"}, () -> routes[0] = ROUTES.get(asked), () -> routes[1] = ROUTES.get(asked));
        System.out.println(routes[0] + " " + routes[1]);
    }
}
