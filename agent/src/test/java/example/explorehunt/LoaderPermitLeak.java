package example.explorehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * A loader that takes a permit to load a missing key, then returns early when another thread loaded it meanwhile,
 * without giving the permit back: the shutdown, which waits for the permit, then waits forever.
 */
// weft: expect deadlock
public final class LoaderPermitLeak {

    static final Semaphore loading = new Semaphore(1);
    static final Map<String, String> cache = new ConcurrentHashMap<>();

    static String load(String key) throws InterruptedException {
        String value = cache.get(key);
        if (value == null) {
            loading.acquire();
            if (cache.containsKey(key)) {
                return cache.get(key); // the bug: returns holding the permit
            }
            value = "value of " + key;
            cache.put(key, value);
            loading.release();
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
