package example.racehunt;

/**
 * A plugin's static initializer takes the next id from a registry's counter while an admin thread
 * registers a plugin of its own: the initializer's read and write race with the admin's write.
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
        Thread admin = new Thread(() -> {
            Registry.nextId++; // weft: race
            sleep(300);
        }, "admin");
        admin.start();
        Thread loader = new Thread(() -> {
            while (admin.getState() != Thread.State.TIMED_WAITING) { // the admin registered: no happens-before edge
                Thread.onSpinWait();
            }
            System.out.println("audit plugin id " + AuditPlugin.ID);
        }, "loader");
        loader.start();
        admin.join();
        loader.join();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
