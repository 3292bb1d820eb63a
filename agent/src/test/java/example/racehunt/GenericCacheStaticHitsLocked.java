package example.racehunt;

import java.util.function.Function;

/** The fixed {@link GenericCacheStaticHits}: the shared count is bumped holding the class's lock. */
// weft: expect none
public final class GenericCacheStaticHitsLocked {

    static final class Cache<T> {
        static int lookups;
        private final Function<String, T> loader;
        private T last;

        Cache(Function<String, T> loader) {
            this.loader = loader;
        }

        T get(String key) {
            synchronized (Cache.class) {
                lookups++;
            }
            last = loader.apply(key);
            return last;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Cache<String> names = new Cache<>(String::toUpperCase);
        Cache<Integer> ports = new Cache<>(Integer::valueOf);
        Object[] got = new Object[2];
        Threads.runAll(new String[] {"names", "ports"}, () -> got[0] = names.get("db"), () -> got[1] = ports.get("5432"));
        System.out.println(got[0] + ":" + got[1] + " after " + Cache.lookups);
    }
}
