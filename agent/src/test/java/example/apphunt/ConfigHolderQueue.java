package example.apphunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A lazy holder's static initializer takes the service's configuration from a queue that a loader thread fills;
 * request threads, started before the configuration is loaded, read it through the holder. The queue orders the
 * loader's writes before the initializer's {@code take}, and the JVM orders the end of the holder's
 * initialization before every other thread's use of it: correct, whichever request thread initializes the holder.
 */
// weft: expect none
public final class ConfigHolderQueue {

    static final class Config {
        String name;
        int limit;
    }

    static final class Registry {
        static final BlockingQueue<Config> LOADED = new ArrayBlockingQueue<>(1);
    }

    static final class Holder {
        static final Config CONFIG = take();

        static Config take() {
            try {
                return Registry.LOADED.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] requests = new Thread[2];
        int[] allowed = new int[2];
        for (int r = 0; r < requests.length; r++) {
            int me = r;
            requests[r] = new Thread(() -> {
                Config config = Holder.CONFIG;
                allowed[me] = config.name.length() + config.limit;
            }, "request-" + (r + 1));
            requests[r].start();
        }
        Thread loader = new Thread(() -> {
            Config config = new Config();
            config.name = "checkout";
            config.limit = 100;
            Registry.LOADED.add(config);
        }, "loader");
        loader.start();
        for (Thread request : requests) {
            request.join();
        }
        loader.join();
        System.out.println("allowed: " + allowed[0] + ", " + allowed[1]);
    }
}
