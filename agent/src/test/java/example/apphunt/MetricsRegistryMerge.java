package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A metrics registry: request handlers record latencies into mutable histograms that live in a
 * {@code ConcurrentHashMap} and are only changed inside its {@code compute} and {@code merge}; a reporter reads them
 * once the handlers' pool has shut down and {@code awaitTermination} returned.
 */
// weft: expect none
public final class MetricsRegistryMerge {

    static final class Histogram {
        final long[] buckets = new long[8];
        long count;
        long max;

        Histogram record(long micros) {
            buckets[Math.min(7, Long.numberOfTrailingZeros(Long.highestOneBit(micros + 1)))]++;
            count++;
            max = Math.max(max, micros);
            return this;
        }

        Histogram add(Histogram other) {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] += other.buckets[i];
            }
            count += other.count;
            max = Math.max(max, other.max);
            return this;
        }
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Histogram> registry = new ConcurrentHashMap<>();
        ExecutorService handlers = Executors.newFixedThreadPool(3);
        for (int h = 0; h < 6; h++) {
            int handler = h;
            handlers.execute(() -> {
                for (int r = 0; r < 300; r++) {
                    long micros = (r * 37L + handler) % 500;
                    registry.compute("/orders", (path, histogram) -> (histogram == null ? new Histogram() : histogram).record(micros));
                    registry.merge("/health", new Histogram().record(micros / 10), Histogram::add);
                }
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        registry.forEach((path, histogram) -> System.out.println(path + " " + histogram.count + " " + histogram.max + " " + histogram.buckets[3]));
    }
}
