package example.racehunt;

/** The base class's static synchronized method locks Base.class, the subclass's locks Sub.class: one static count, two monitors. */
// weft: expect race example.racehunt.SubclassStaticSyncMonitor$Pool.leased threads=lessor,returner
public final class SubclassStaticSyncMonitor {

    static class Pool {
        static int leased;

        static synchronized void lease() {
            leased++; // weft: race
        }
    }

    static final class TrackedPool extends Pool {
        static synchronized void giveBack() {
            leased--; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"lessor", "returner"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        Pool.lease();
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        TrackedPool.giveBack();
                    }
                });
        System.out.println("leased " + Pool.leased);
    }
}
