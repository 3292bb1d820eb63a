package example.explorehunt;

/**
 * A service reads its settings through a lazily built holder, made by double-checked locking on a field that is not
 * volatile: the first check reads the field outside the monitor, so a thread may see the holder another thread is
 * still publishing, with its fields not yet written (the Java memory model allows it; the race detector reports it).
 */
// weft: expect race example.explorehunt.DoubleCheckedConfig.instance
public final class DoubleCheckedConfig {

    static final class Settings {
        final int poolSize;
        final String region;

        Settings() {
            poolSize = 8;
            region = "eu-west";
        }
    }

    static Settings instance; // the bug: not volatile

    static Settings settings() {
        Settings local = instance;
        if (local == null) {
            synchronized (DoubleCheckedConfig.class) {
                local = instance;
                if (local == null) {
                    local = new Settings();
                    instance = local;
                }
            }
        }
        return local;
    }

    public static void main(String[] args) throws InterruptedException {
        int[] sizes = new int[2];
        Thread web = new Thread(() -> sizes[0] = settings().poolSize, "web");
        Thread batch = new Thread(() -> sizes[1] = settings().poolSize, "batch");
        web.start();
        batch.start();
        web.join();
        batch.join();
        System.out.println("pool sizes " + sizes[0] + ", " + sizes[1]);
    }
}
