package example.racehunt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Counters updated only when tryLock with a timeout succeeds; retried otherwise. */
// weft: expect none
public final class TimedTryLockCounter {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static int granted;

    public static void main(String[] args) throws InterruptedException {
        Runnable worker = () -> {
            int done = 0;
            while (done < 200) {
                try {
                    if (LOCK.tryLock(10, TimeUnit.MILLISECONDS)) {
                        try {
                            granted++;
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
        System.out.println("granted " + granted);
    }
}
