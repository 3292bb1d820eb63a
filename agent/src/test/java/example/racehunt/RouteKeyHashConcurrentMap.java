package example.racehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A route table in a {@code ConcurrentHashMap}, keyed by a composite key that caches its hash code in a plain field the
 * first time {@code hashCode()} is called. Two request threads look one shared key up: the map hashes the key it is given
 * before it reads its table, so the map's synchronization orders neither thread's hash with the other's.
 */
// weft: expect race example.racehunt.RouteKeyHashConcurrentMap$RouteKey.hash threads=lookup-1,lookup-2
public final class RouteKeyHashConcurrentMap {

    static final class RouteKey {
        final String host;
        final int port;
        private int hash;

        RouteKey(String host, int port) {
            this.host = host;
            this.port = port;
        }

        @Override
        public int hashCode() {
            int h = hash; // weft: race
            if (h == 0) {
                h = 31 * host.hashCode() + port;
                hash = h; // weft: race
            }
            return h;
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
