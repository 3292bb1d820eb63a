package example.explorehunt;

/** {@link DoubleCheckedConfig} with the holder's field volatile: its publication orders the holder's fields. */
// weft: expect none
public final class DoubleCheckedConfigVolatile {

    static final class Settings {
        final int poolSize;
        final String region;

        Settings() {
            poolSize = 8;
            region = "eu-west";
        }
    }

    static volatile Settings instance;

    static Settings settings() {
        Settings local = instance;
        if (local == null) {
            synchronized (DoubleCheckedConfigVolatile.class) {
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
