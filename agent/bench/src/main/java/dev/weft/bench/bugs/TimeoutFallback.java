package dev.weft.bench.bugs;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A reader waits a second for a loader's value and, when the wait times out, stores a default in the cache
 * itself: if the loader is slow and stores its value first, the default overwrites it. A bug only on the
 * timeout path, reached only when a timeout is a choice of the schedule (the loader is never that slow).
 */
public final class TimeoutFallback {

    private TimeoutFallback() { }

    static final class Cache {
        String value;
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        BlockingQueue<String> loaded = new LinkedBlockingQueue<>();
        Thread loader = new Thread(() -> {
            String value = "loaded";
            cache.value = value;
            loaded.add(value);
        }, "loader");
        Thread reader = new Thread(() -> {
            try {
                if (loaded.poll(1, TimeUnit.SECONDS) == null) {
                    synchronized (cache) {
                        cache.value = "default";
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reader");
        loader.start();
        reader.start();
        loader.join();
        reader.join();
        if (!"loaded".equals(cache.value)) {
            throw new AssertionError("the fallback overwrote the loaded value: " + cache.value);
        }
    }
}
