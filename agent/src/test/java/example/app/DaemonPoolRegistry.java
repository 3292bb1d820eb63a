package example.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link LazyRegistry}'s race in the tasks of a pool of daemon threads that the program never shuts down: its
 * workers outlive {@code main} (a JVM would end anyway), so no later program can run in the same JVM.
 */
public final class DaemonPoolRegistry {
    private static volatile DaemonPoolRegistry instance;
    static int made;

    private DaemonPoolRegistry() {
        made++;
    }

    static DaemonPoolRegistry registry() {
        DaemonPoolRegistry registry = instance;
        if (registry == null) {
            registry = new DaemonPoolRegistry();
            instance = registry;
        }
        return registry;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
            Thread worker = new Thread(task);
            worker.setDaemon(true);
            return worker;
        });
        Future<?> first = pool.submit(DaemonPoolRegistry::registry);
        Future<?> second = pool.submit(DaemonPoolRegistry::registry);
        first.get();
        second.get();
        System.out.println("made " + made);
    }
}
