package example.explorehunt;

import java.util.concurrent.atomic.AtomicInteger;

/** Twin of {@link LazyRegistry}: double-checked creation, the second check and the store under the class's monitor. */
// weft: expect none
public final class LazyRegistryLocked {

    static final AtomicInteger CREATED = new AtomicInteger();

    static final class Registry {
        Registry() {
            CREATED.incrementAndGet();
        }
    }

    static volatile Registry instance;

    static Registry get() {
        Registry registry = instance;
        if (registry == null) {
            synchronized (LazyRegistryLocked.class) {
                registry = instance;
                if (registry == null) {
                    registry = new Registry();
                    instance = registry;
                }
            }
        }
        return registry;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] plugins = new Thread[2];
        for (int i = 0; i < plugins.length; i++) {
            plugins[i] = new Thread(LazyRegistryLocked::get, "plugin-" + i);
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
