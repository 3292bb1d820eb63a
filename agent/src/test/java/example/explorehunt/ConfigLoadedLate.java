package example.explorehunt;

/**
 * A server starts its config loader and its request handler together; the handler uses the settings the loader
 * publishes in a plain field, with nothing ordering the two: an order violation (a data race on {@code settings};
 * a handler that runs first sees none and serves with defaults).
 */
// weft: expect race example.explorehunt.ConfigLoadedLate.settings
public final class ConfigLoadedLate {

    record Settings(int timeoutMillis) {
    }

    static Settings settings;

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> settings = new Settings(250), "config-loader");
        Thread handler = new Thread(() -> {
            Settings current = settings; // the bug: nothing orders this read after the loader's write
            int timeout = current == null ? 1000 : current.timeoutMillis();
            System.out.println("serving with timeout " + timeout);
        }, "request-handler");
        loader.start();
        handler.start();
        loader.join();
        handler.join();
    }
}
