package example.racehunt;

/** Each thread's formatter is made by ThreadLocal.withInitial, from a shared pattern field that the admin changes. */
// weft: expect race example.racehunt.ThreadLocalInitReadsShared$Settings.pattern threads=admin,worker
public final class ThreadLocalInitReadsShared {

    static final class Settings {
        String pattern = "yyyy-MM-dd";
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings = new Settings();
        ThreadLocal<StringBuilder> formatter = ThreadLocal.withInitial(() -> new StringBuilder(settings.pattern)); // weft: race
        Threads.runAll(new String[] {"admin", "worker"},
                () -> {
                    for (int i = 0; i < 50; i++) {
                        settings.pattern = i % 2 == 0 ? "dd/MM/yyyy" : "yyyy-MM-dd"; // weft: race
                    }
                },
                () -> System.out.println("pattern length " + formatter.get().length()));
    }
}
