package example.racehunt;

/** The fixed twin of {@code DefaultsInterfaceStatic}: the settings are read and changed under their own lock. */
// weft: expect none
public final class DefaultsInterfaceStaticLocked {

    static final class Settings {
        private int timeoutMillis = 500;

        synchronized int timeoutMillis() {
            return timeoutMillis;
        }

        synchronized void timeoutMillis(int millis) {
            timeoutMillis = millis;
        }
    }

    interface Defaults {
        Settings SETTINGS = new Settings();
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"admin", "client"}, () -> {
            for (int i = 0; i < 1000; i++) {
                Defaults.SETTINGS.timeoutMillis(500 + i % 7);
            }
        }, () -> {
            long waited = 0;
            for (int i = 0; i < 1000; i++) {
                waited += Defaults.SETTINGS.timeoutMillis();
            }
            System.out.println(waited);
        });
    }
}
