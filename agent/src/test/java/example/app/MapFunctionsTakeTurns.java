package example.app;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Two threads count into one key of a {@code ConcurrentHashMap} through {@code compute} and {@code merge}, whose
 * functions touch a plain field: each access is a scheduling point, reached while the map holds the key's bin
 * (a monitor of the JDK's code, which the model does not know). A controlled run must not hang when the model
 * parks one thread there and lets the other run into the same bin. Prints {@code total 200}.
 */
public final class MapFunctionsTakeTurns {

    /** Touched only inside the map's functions, which the map runs one at a time per key. */
    static final class Tally {
        int updates;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        Tally tally = new Tally();
        Runnable count = () -> {
            for (int i = 0; i < 50; i++) {
                counts.compute("hits", (key, value) -> {
                    tally.updates++;
                    return value == null ? 1 : value + 1;
                });
                counts.merge("hits", 1, (value, one) -> {
                    tally.updates++;
                    return value + one;
                });
            }
        };
        Thread first = new Thread(count, "counter-1");
        Thread second = new Thread(count, "counter-2");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("total " + counts.get("hits") + ", updates " + tally.updates);
    }
}
