package example.racehunt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The twin of MeteredTimedLock with its bug: the override counts the attempts of its timed
 * {@code tryLock} before {@code super.tryLock(time, unit)}, outside the lock.
 */
// weft: expect race example.racehunt.MeteredTimedLockRace$Metered.attempts threads=worker-1,worker-2
public final class MeteredTimedLockRace {

    static final class Metered extends ReentrantLock {
        private long attempts;

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            attempts++; // weft: race
            return super.tryLock(time, unit);
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
        System.out.println("attempts " + LOCK.attempts);
    }
}
