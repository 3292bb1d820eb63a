package example.app21;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Executors closed by try-with-resources (JDK 21+): a virtual thread per task, then a fixed pool. */
public final class ClosedExecutors {
    public static void main(String[] args) {
        AtomicInteger hits = new AtomicInteger();
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3; i++) {
                virtual.submit(hits::incrementAndGet);
            }
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 3; i++) {
                pool.submit(hits::incrementAndGet);
            }
        }
        System.out.println("hits " + hits.get());
    }
}
