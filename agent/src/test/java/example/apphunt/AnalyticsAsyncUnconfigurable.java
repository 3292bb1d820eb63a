package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An analytics module runs its fire-and-forget aggregations with {@code CompletableFuture.runAsync} and
 * {@code supplyAsync(..).thenAcceptAsync(..)} on an unconfigurable view of the host's pool, never joining them; the
 * host shuts its own pool down, awaits it, and reads the aggregates.
 */
// weft: expect none
public final class AnalyticsAsyncUnconfigurable {

    static final class Aggregate {
        final String metric;
        long sum;
        final List<Long> buckets = new ArrayList<>();

        Aggregate(String metric) {
            this.metric = metric;
        }
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor host = (ThreadPoolExecutor) Executors.newFixedThreadPool(2, new NamedThreads("analytics"));
        ExecutorService lent = Executors.unconfigurableExecutorService(host);
        List<Aggregate> aggregates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Aggregate aggregate = new Aggregate("metric-" + i);
            aggregates.add(aggregate);
            int n = i;
            if (i % 2 == 0) {
                CompletableFuture.runAsync(() -> {
                    for (long v = 0; v < 10 + n; v++) {
                        aggregate.sum += v;
                        aggregate.buckets.add(v % 3);
                    }
                }, lent);
            } else {
                CompletableFuture.supplyAsync(() -> 100L * n, lent).thenAcceptAsync(total -> {
                    aggregate.sum = total;
                    aggregate.buckets.add(total % 7);
                }, lent);
            }
        }
        Thread.sleep(50); // the second stages are handed to the pool when the first ones complete
        host.shutdown();
        host.awaitTermination(10, TimeUnit.SECONDS);
        long sum = 0;
        int buckets = 0;
        for (Aggregate aggregate : aggregates) {
            sum += aggregate.sum;
            buckets += aggregate.buckets.size();
        }
        System.out.println(sum + " in " + buckets + " buckets");
    }
}
