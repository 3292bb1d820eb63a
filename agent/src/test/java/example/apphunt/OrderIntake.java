package example.apphunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link OrderIntakeFixed} whose rejection handler counts the deferred orders without the intake's monitor: the two
 * clerks, in whose threads the pool rejects, count at once.
 */
// weft: expect race example.apphunt.OrderIntake$Intake.deferredCount threads=clerk-*
public final class OrderIntake {

    record Order(int id, AtomicInteger packed) implements Runnable {
        @Override
        public void run() {
            long weight = 0;
            for (int item = 0; item < 20_000 + id; item++) {
                weight += item % 13;
            }
            if (weight >= 0) {
                packed.incrementAndGet();
            }
        }
    }

    static final class Intake {
        private final Set<Runnable> submitted = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        private final List<Integer> deferred = new ArrayList<>();
        private int deferredCount;

        void defer(Runnable job) {
            if (!(job instanceof Order) || !submitted.contains(job)) {
                throw new IllegalStateException("not an order of ours: " + job);
            }
            synchronized (this) {
                deferred.add(((Order) job).id());
            }
            deferredCount++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Intake intake = new Intake();
        AtomicInteger packed = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2),
                new NamedThreads("packer"), (job, executor) -> intake.defer(job));
        List<Thread> clerks = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int first = c * 100;
            clerks.add(new Thread(() -> {
                for (int i = first; i < first + 30; i++) {
                    Order order = new Order(i, packed);
                    intake.submitted.add(order);
                    pool.execute(order);
                }
            }, "clerk-" + (c + 1)));
        }
        clerks.forEach(Thread::start);
        for (Thread clerk : clerks) {
            clerk.join();
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        synchronized (intake) {
            if (packed.get() + intake.deferred.size() != 60) {
                throw new IllegalStateException(packed.get() + " packed and " + intake.deferred.size() + " deferred of 60");
            }
        }
        System.out.println("60 orders packed or deferred");
    }
}
