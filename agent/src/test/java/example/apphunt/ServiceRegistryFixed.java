package example.apphunt;

import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

/**
 * A registry of services, created on first use by whichever request thread gets there first: the
 * singleton is checked and set under the class's monitor. The request threads start together at a
 * {@code CyclicBarrier}.
 */
// weft: expect none
public final class ServiceRegistryFixed {

    private static ServiceRegistryFixed instance;

    private final Map<String, Supplier<String>> services;

    private ServiceRegistryFixed() {
        services = Map.of(
                "clock", () -> "12:00",
                "greeter", () -> "hello",
                "version", () -> "1.4.2");
    }

    static synchronized ServiceRegistryFixed get() {
        ServiceRegistryFixed registry = instance;
        if (registry == null) {
            registry = new ServiceRegistryFixed();
            instance = registry;
        }
        return registry;
    }

    String call(String service) {
        Supplier<String> supplier = services.get(service);
        return supplier == null ? "no such service: " + service : supplier.get();
    }

    static final class Worker extends Thread {
        private final CyclicBarrier start;
        private String lastReply;

        Worker(int id, CyclicBarrier start) {
            super("worker-" + id);
            this.start = start;
        }

        @Override
        public void run() {
            try {
                start.await();
                for (String service : new String[] {"clock", "greeter", "version"}) {
                    lastReply = ServiceRegistryFixed.get().call(service);
                }
            } catch (Exception e) {
                lastReply = "failed: " + e;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(3);
        Worker[] workers = {new Worker(1, start), new Worker(2, start), new Worker(3, start)};
        for (Worker worker : workers) {
            worker.start();
        }
        for (Worker worker : workers) {
            worker.join();
            System.out.println(worker.getName() + " -> " + worker.lastReply);
        }
    }
}
