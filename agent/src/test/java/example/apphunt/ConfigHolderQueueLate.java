package example.apphunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The racy twin of {@code ConfigHolderQueue}: the loader tunes the configuration's limit after it has handed it
 * over. What the holder's initializer received through the queue is ordered before the requests; the loader's
 * later write is not, and races with their reads.
 */
// weft: expect race example.apphunt.ConfigHolderQueueLate$Config.limit threads=loader,request-*
public final class ConfigHolderQueueLate {

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
                allowed[me] = config.name.length() + config.limit; // weft: race
            }, "request-" + (r + 1));
            requests[r].start();
        }
        Thread loader = new Thread(() -> {
            Config config = new Config();
            config.name = "checkout";
            config.limit = 100;
            Registry.LOADED.add(config);
            config.limit = 120; // weft: race
        }, "loader");
        loader.start();
        for (Thread request : requests) {
            request.join();
        }
        loader.join();
        System.out.println("allowed: " + allowed[0] + ", " + allowed[1]);
    }
}
