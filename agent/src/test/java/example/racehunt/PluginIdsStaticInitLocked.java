package example.racehunt;

/** {@link PluginIdsStaticInit} fixed: the initializer and the admin take ids under the registry's lock. */
// weft: expect none
public final class PluginIdsStaticInitLocked {

    static final class Registry {
        static int nextId;

        static synchronized int next() {
            return nextId++;
        }
    }

    static final class AuditPlugin {
        static final int ID = Registry.next();
    }

    public static void main(String[] args) throws InterruptedException {
        Thread admin = new Thread(() -> {
            Registry.next();
            sleep(300);
        }, "admin");
        admin.start();
        Thread loader = new Thread(() -> {
            while (admin.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            System.out.println("audit plugin id " + AuditPlugin.ID + ", next " + Registry.next());
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
