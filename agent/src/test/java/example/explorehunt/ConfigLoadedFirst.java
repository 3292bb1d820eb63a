package example.explorehunt;

import java.util.concurrent.CountDownLatch;

/** Twin of {@link ConfigLoadedLate}: the handler waits on a latch the loader counts down once the settings are set. */
// weft: expect none
public final class ConfigLoadedFirst {

    record Settings(int timeoutMillis) {
    }

    static Settings settings;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(1);
        Thread loader = new Thread(() -> {
            settings = new Settings(250);
            loaded.countDown();
        }, "config-loader");
        Thread handler = new Thread(() -> {
            try {
                loaded.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            System.out.println("serving with timeout " + settings.timeoutMillis());
        }, "request-handler");
        loader.start();
        handler.start();
        loader.join();
        handler.join();
    }
}
