package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An order service's futures are a {@code CompletableFuture} subclass whose {@code defaultExecutor()} is the service's
 * own pool: fire-and-forget audits ({@code thenAcceptAsync}, {@code thenRunAsync}, {@code completeAsync} with no
 * executor) run there, never joined; the service shuts its pool down, awaits it, and reads what the audits wrote.
 */
// weft: expect none
public final class AuditStagesDefaultExecutor {

    static final class Order {
        final int id;
        String auditor;
        boolean flagged;
        final List<String> notes = new ArrayList<>();

        Order(int id) {
            this.id = id;
        }
    }

    /** The service's futures: their async stages run on its pool unless given another executor. */
    static final class ServiceFuture<T> extends CompletableFuture<T> {
        private final Executor pool;

        ServiceFuture(Executor pool) {
            this.pool = pool;
        }

        @Override
        public Executor defaultExecutor() {
            return pool;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new ServiceFuture<>(pool);
        }
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(3, new NamedThreads("orders"));
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Order order = new Order(i);
            orders.add(order);
            ServiceFuture<Order> placed = new ServiceFuture<>(pool);
            if (i % 3 == 0) {
                placed.thenAcceptAsync(o -> {
                    o.auditor = "audit-" + o.id;
                    o.notes.add("placed");
                });
                placed.complete(order);
            } else if (i % 3 == 1) {
                placed.completeAsync(() -> {
                    order.flagged = order.id % 2 == 1;
                    order.notes.add("flag checked");
                    return order;
                }).thenRunAsync(() -> order.auditor = "late-audit");
            } else {
                placed.complete(order);
                placed.thenApply(o -> o.id * 10).thenAcceptAsync(total -> {
                    order.flagged = total > 40;
                    order.auditor = "total-audit";
                    order.notes.add("total " + total);
                });
            }
        }
        while (pool.getTaskCount() < 11) { // the later stages are handed to the pool as the first ones complete
            Thread.sleep(1);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        int flagged = 0;
        int notes = 0;
        for (Order order : orders) {
            flagged += order.flagged ? 1 : 0;
            notes += order.notes.size();
            if (order.auditor == null) {
                throw new IllegalStateException("order " + order.id + " not audited");
            }
        }
        System.out.println(flagged + " flagged, " + notes + " notes");
    }
}
