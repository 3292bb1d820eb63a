package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * A notification service's futures run their async stages on the service's own {@code ForkJoinPool} in async mode
 * (their {@code defaultExecutor()}): a send ({@code thenApplyAsync}) and its check ({@code handleAsync}), which hands a
 * failed send back to the pool once more. Nothing is joined: the service waits for the pool with
 * {@code awaitQuiescence}, shuts it down, and reads every notification's delivery log.
 */
// weft: expect none
public final class NotificationStagesForkJoinDefault {

    static final class Notification {
        final String to;
        final List<String> log = new ArrayList<>();
        int attempts;
        boolean sent;

        Notification(String to) {
            this.to = to;
        }
    }

    /** The service's futures: their async stages run on its fork/join pool. */
    static final class ServiceFuture<T> extends CompletableFuture<T> {
        private final ForkJoinPool pool;

        ServiceFuture(ForkJoinPool pool) {
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

    static Notification send(Notification n) {
        n.attempts++;
        n.log.add("attempt " + n.attempts + " on " + Thread.currentThread().getName());
        if (n.to.endsWith("3") && n.attempts == 1) {
            throw new IllegalStateException("mailbox busy");
        }
        n.sent = true;
        return n;
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
        List<Notification> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Notification n = new Notification("user" + i);
            all.add(n);
            ServiceFuture<Notification> queued = new ServiceFuture<>(pool);
            queued.thenApplyAsync(NotificationStagesForkJoinDefault::send).handleAsync((sent, failure) -> {
                if (failure != null) {
                    n.log.add("retrying after " + failure.getCause().getMessage());
                    pool.execute(() -> send(n));
                }
                return n;
            });
            queued.complete(n);
        }
        // each stage hands the next (and the retry) to the pool before it ends: the pool is quiescent once all are done
        if (!pool.awaitQuiescence(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pool still busy");
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        int attempts = 0;
        for (Notification n : all) {
            attempts += n.attempts + n.log.size() + (n.sent ? 1 : 0);
        }
        System.out.println(attempts);
    }
}
