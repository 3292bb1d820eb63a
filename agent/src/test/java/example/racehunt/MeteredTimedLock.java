package example.racehunt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock subclass that counts, inside the lock, the acquisitions of its timed {@code tryLock} and the
 * releases: the counts are written after {@code super.tryLock(time, unit)} and before {@code super.unlock()},
 * while the lock is held.
 */
// weft: expect none
public final class MeteredTimedLock {

    static final class Metered extends ReentrantLock {
        private long acquired;
        private long released;

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            if (super.tryLock(time, unit)) {
                acquired++;
                return true;
            }
            return false;
        }

        @Override
        public void unlock() {
            released++;
            super.unlock();
        }
    }

    private static final Metered LOCK = new Metered();

    public static void main(String[] args) throws InterruptedException {
        Runnable worker = () -> {
            int done = 0;
            while (done < 200) {
                try {
                    if (LOCK.tryLock(10, TimeUnit.MILLISECONDS)) {
                        try {
                            done++;
                        } finally {
                            LOCK.unlock();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
        Threads.runAll(new String[] {"worker-1", "worker-2"}, worker, worker);
        System.out.println("acquired " + LOCK.acquired + ", released " + LOCK.released);
    }
}
