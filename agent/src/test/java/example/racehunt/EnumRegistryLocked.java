package example.racehunt;

/** The twin of EnumRegistryCount: the enum's methods are synchronized. */
// weft: expect none
public final class EnumRegistryLocked {

    enum Registry {
        INSTANCE;

        private int registered;

        synchronized void register() {
            registered++;
        }

        synchronized int registered() {
            return registered;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable work = () -> {
            for (int i = 0; i < 200; i++) {
                Registry.INSTANCE.register();
            }
        };
        Threads.runAll(new String[] {"worker-1", "worker-2"}, work, work);
        System.out.println("registered " + Registry.INSTANCE.registered());
    }
}
