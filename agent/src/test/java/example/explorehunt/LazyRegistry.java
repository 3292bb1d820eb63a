package example.explorehunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A registry created lazily on first use: {@code get} checks a volatile field for {@code null}, then creates and
 * stores the instance. Two plug-ins that both check before either stores create two registries, and what was
 * registered in the first one is lost.
 */
// weft: expect failure
public final class LazyRegistry {

    static final AtomicInteger CREATED = new AtomicInteger();

    static final class Registry {
        Registry() {
            CREATED.incrementAndGet();
        }
    }

    static volatile Registry instance;

    static Registry get() {
        if (instance == null) { // the bug: checked, then created, apart
            instance = new Registry();
        }
        return instance;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] plugins = new Thread[2];
        for (int i = 0; i < plugins.length; i++) {
            plugins[i] = new Thread(LazyRegistry::get, "plugin-" + i);
            plugins[i].start();
        }
        for (Thread plugin : plugins) {
            plugin.join();
        }
        if (CREATED.get() != 1) {
            throw new IllegalStateException(CREATED.get() + " registries created");
        }
    }
}
