package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A geo-IP lookup service: each pool worker keeps its own cache in a {@code ThreadLocal.withInitial}, whose supplier
 * registers the new cache in a concurrent set; lookups fill the worker's own {@code HashMap} without locks.
 * After {@code shutdown} and {@code awaitTermination}, {@code main} walks the registry and reads every cache.
 */
// weft: expect none
public final class GeoIpThreadLocalRegistry {

    static final class Cache {
        final Map<String, String> countries = new HashMap<>();
        int misses;
    }

    public static void main(String[] args) throws Exception {
        Set<Cache> registry = ConcurrentHashMap.newKeySet();
        ThreadLocal<Cache> local = ThreadLocal.withInitial(() -> {
            Cache cache = new Cache();
            registry.add(cache);
            return cache;
        });
        ExecutorService lookups = Executors.newFixedThreadPool(3, new NamedThreads("geoip"));
        for (int r = 0; r < 90; r++) {
            String address = "203.0." + r % 17 + "." + r % 5;
            lookups.execute(() -> {
                Cache cache = local.get();
                cache.countries.computeIfAbsent(address, a -> {
                    cache.misses++;
                    return a.hashCode() % 2 == 0 ? "NL" : "PT";
                });
            });
        }
        lookups.shutdown();
        if (!lookups.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("lookups still running");
        }
        int entries = 0;
        int misses = 0;
        for (Cache cache : registry) {
            entries += cache.countries.size();
            misses += cache.misses;
        }
        System.out.println(registry.size() + " caches, " + entries + " entries, " + misses + " misses");
    }
}
