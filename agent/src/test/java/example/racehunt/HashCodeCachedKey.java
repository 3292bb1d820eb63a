package example.racehunt;

import java.util.HashMap;
import java.util.Map;

/**
 * A composite cache key caches its hash code in a plain field the first time {@code hashCode()} is called, as
 * {@code String} does but without its care; two request threads look the same key up in their own route caches, so both
 * compute and store the hash unordered. (The value written is the same, yet the accesses race.)
 */
// weft: expect race example.racehunt.HashCodeCachedKey$RouteKey.hash threads=lookup-1,lookup-2
public final class HashCodeCachedKey {

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

    public static void main(String[] args) throws InterruptedException {
        RouteKey key = new RouteKey("db.internal", 5432);
        String[] routes = new String[2];
        Threads.runAll(new String[] {"lookup-1", "lookup-2"}, () -> routes[0] = cachedRoute(key, "primary"),
                () -> routes[1] = cachedRoute(key, "replica"));
        System.out.println(routes[0] + " " + routes[1]);
    }

    private static String cachedRoute(RouteKey key, String fallback) {
        Map<RouteKey, String> cache = new HashMap<>();
        return cache.computeIfAbsent(key, k -> fallback);
    }
}
