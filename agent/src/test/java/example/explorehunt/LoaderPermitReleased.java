package example.explorehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** {@link LoaderPermitLeak} with the permit given back in a {@code finally}, on every path. */
// weft: expect none
public final class LoaderPermitReleased {

    static final Semaphore loading = new Semaphore(1);
    static final Map<String, String> cache = new ConcurrentHashMap<>();

    static String load(String key) throws InterruptedException {
        String value = cache.get(key);
        if (value == null) {
            loading.acquire();
            try {
                if (cache.containsKey(key)) {
                    return cache.get(key);
                }
                value = "value of " + key;
                cache.put(key, value);
            } finally {
                loading.release();
            }
        }
        return value;
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable request = () -> {
            try {
                load("user:1");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = new Thread(request, "request-1");
        Thread second = new Thread(request, "request-2");
        first.start();
        second.start();
        first.join();
        second.join();
        loading.acquire(); // shutdown: no load in progress
        System.out.println("loaded " + cache);
    }
}
