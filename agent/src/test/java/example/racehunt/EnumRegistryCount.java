package example.racehunt;

/** An enum constant with mutable state (a registry singleton) counted into by two workers without a lock. */
// weft: expect race example.racehunt.EnumRegistryCount$Registry.registered threads=worker-1,worker-2
public final class EnumRegistryCount {

    enum Registry {
        INSTANCE;

        private int registered;

        void register() {
            registered++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable work = () -> {
            for (int i = 0; i < 200; i++) {
                Registry.INSTANCE.register();
            }
        };
        Threads.runAll(new String[] {"worker-1", "worker-2"}, work, work);
        System.out.println("registered " + Registry.INSTANCE.registered);
    }
}
