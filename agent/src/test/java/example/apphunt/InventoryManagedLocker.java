package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An inventory count on a fork/join pool whose leaf tasks take a shared {@code ReentrantLock} through
 * {@code ForkJoinPool.managedBlock} with the {@code ManagedLocker} of the {@code ManagedBlocker} Javadoc (so the pool
 * may add a spare while a worker blocks), update a plain map of counts under it and unlock; the lock is taken in the
 * blocker and released by the task after its update.
 */
// weft: expect none
public final class InventoryManagedLocker {

    static final class ManagedLocker implements ForkJoinPool.ManagedBlocker {
        final ReentrantLock lock;
        boolean hasLock;

        ManagedLocker(ReentrantLock lock) {
            this.lock = lock;
        }

        @Override
        public boolean block() {
            if (!hasLock) {
                lock.lock();
                hasLock = true;
            }
            return true;
        }

        @Override
        public boolean isReleasable() {
            return hasLock || (hasLock = lock.tryLock());
        }
    }

    static final class Count extends RecursiveAction {
        private final ReentrantLock lock;
        private final Map<String, Integer> counts;
        private final int from;
        private final int to;

        Count(ReentrantLock lock, Map<String, Integer> counts, int from, int to) {
            this.lock = lock;
            this.counts = counts;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from > 25) {
                int mid = (from + to) >>> 1;
                invokeAll(new Count(lock, counts, from, mid), new Count(lock, counts, mid, to));
                return;
            }
            for (int shelf = from; shelf < to; shelf++) {
                ManagedLocker locker = new ManagedLocker(lock);
                try {
                    ForkJoinPool.managedBlock(locker);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    counts.merge("aisle-" + shelf % 7, shelf % 5 + 1, Integer::sum);
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    public static void main(String[] args) {
        ReentrantLock lock = new ReentrantLock();
        Map<String, Integer> counts = new HashMap<>();
        ForkJoinPool pool = new ForkJoinPool(3);
        pool.invoke(new Count(lock, counts, 0, 400));
        pool.shutdown();
        lock.lock();
        try {
            System.out.println(counts);
        } finally {
            lock.unlock();
        }
    }
}
