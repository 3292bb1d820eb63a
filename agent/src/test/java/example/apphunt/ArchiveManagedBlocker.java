package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An archiver runs fork/join tasks that wait for a shared index lock through
 * {@code ForkJoinPool.managedBlock}, so the pool can compensate; under the lock each task appends its entries to
 * the index, which the main thread reads after {@code invoke}.
 */
// weft: expect none
public final class ArchiveManagedBlocker {

    static final class Index {
        final ReentrantLock lock = new ReentrantLock();
        final StringBuilder entries = new StringBuilder();
        int count;
    }

    static final class LockBlocker implements ForkJoinPool.ManagedBlocker {
        private final ReentrantLock lock;
        private boolean held;

        LockBlocker(ReentrantLock lock) {
            this.lock = lock;
        }

        @Override
        public boolean block() {
            if (!held) {
                lock.lock();
                held = true;
            }
            return true;
        }

        @Override
        public boolean isReleasable() {
            return held || (held = lock.tryLock());
        }
    }

    static final class Archive extends RecursiveAction {
        private final Index index;
        private final int from;
        private final int to;

        Archive(Index index, int from, int to) {
            this.index = index;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from > 8) {
                int middle = (from + to) >>> 1;
                invokeAll(new Archive(index, from, middle), new Archive(index, middle, to));
                return;
            }
            try {
                ForkJoinPool.managedBlock(new LockBlocker(index.lock));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                for (int file = from; file < to; file++) {
                    index.entries.append("file").append(file).append(';');
                    index.count++;
                }
            } finally {
                index.lock.unlock();
            }
        }
    }

    public static void main(String[] args) {
        Index index = new Index();
        new ForkJoinPool(3).invoke(new Archive(index, 0, 200));
        System.out.println(index.count + " files, index of " + index.entries.length() + " characters");
    }
}
