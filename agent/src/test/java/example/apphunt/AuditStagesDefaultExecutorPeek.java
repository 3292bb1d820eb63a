package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@link AuditStagesDefaultExecutor}'s service, racy: it reads the auditors its fire-and-forget audits (async stages
 * on the futures' {@code defaultExecutor()}, the service's pool) write before it awaits the pool.
 */
// weft: expect race example.apphunt.AuditStagesDefaultExecutorPeek$Order.auditor threads=main,orders-*
public final class AuditStagesDefaultExecutorPeek {

    static final class Order {
        final int id;
        String auditor;

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
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("orders"));
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Order order = new Order(i);
            orders.add(order);
            ServiceFuture<Order> placed = new ServiceFuture<>(pool);
            placed.thenAcceptAsync(o -> o.auditor = "audit-" + o.id); // weft: race
            placed.complete(order);
        }
        Thread.sleep(30);
        int audited = 0;
        for (Order order : orders) {
            audited += order.auditor != null ? 1 : 0; // weft: race
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(audited + " audited");
    }
}
