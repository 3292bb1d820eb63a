package example.racehunt;

/**
 * An interface's static field holds a mutable settings object that every implementation shares: an admin thread
 * changes its timeout while a client reads it, through the interface's name.
 */
// weft: expect race example.racehunt.DefaultsInterfaceStatic$Settings.timeoutMillis threads=admin,client
public final class DefaultsInterfaceStatic {

    static final class Settings {
        int timeoutMillis = 500;
    }

    interface Defaults {
        Settings SETTINGS = new Settings();
    }

    public static void main(String[] args) throws InterruptedException {
        Settings warm = Defaults.SETTINGS; // the interface is initialized before the threads start
        Threads.runAll(new String[] {"admin", "client"}, () -> {
            for (int i = 0; i < 1000; i++) {
                Defaults.SETTINGS.timeoutMillis = 500 + i % 7; // weft: race
            }
        }, () -> {
            long waited = 0;
            for (int i = 0; i < 1000; i++) {
                waited += Defaults.SETTINGS.timeoutMillis; // weft: race
            }
            System.out.println(waited);
        });
        System.out.println(warm.timeoutMillis);
    }
}
