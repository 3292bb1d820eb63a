package example.racehunt;

import java.util.concurrent.CountDownLatch;

/**
 * A plugin's static initializer takes the next id from a registry's counter while an admin thread
 * registers a plugin of its own: the initializer's read and write race with the admin's write. The loader waits
 * until the admin waits for the plugin to be loaded, which it can only see after the admin's write, in any order the
 * threads run.
 */
// weft: expect race example.racehunt.PluginIdsStaticInit$Registry.nextId threads=admin,loader
public final class PluginIdsStaticInit {

    static final class Registry {
        static int nextId;
    }

    static final class AuditPlugin {
        static final int ID = Registry.nextId++; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch pluginLoaded = new CountDownLatch(1);
        Thread admin = new Thread(() -> {
            Registry.nextId++; // weft: race
            awaitQuietly(pluginLoaded);
        }, "admin");
        admin.start();
        Thread loader = new Thread(() -> {
            while (admin.getState() != Thread.State.WAITING) { // the admin registered: no happens-before edge
                Thread.onSpinWait();
            }
            System.out.println("audit plugin id " + AuditPlugin.ID);
            pluginLoaded.countDown();
        }, "loader");
        loader.start();
        admin.join();
        loader.join();
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
