package example.racehunt;

import java.util.concurrent.CountDownLatch;

/**
 * The first {@code parties} threads that call {@link #attend} wait there for each other, each on its first call only
 * (later calls, and later threads, go on at once): the work of a parallel stream or of a pool that calls it is then
 * done by that many threads at once, whichever thread the OS runs first. Without it one thread may do all the work
 * before another starts (a loaded machine), and a race between two of them does not happen. The programs of several
 * packages share it.
 */
public final class Meeting {

    private final CountDownLatch arrivals;
    private final ThreadLocal<Boolean> attended = ThreadLocal.withInitial(() -> false);

    /** A meeting of {@code parties} threads. */
    public Meeting(int parties) {
        arrivals = new CountDownLatch(parties);
    }

    /** On this thread's first call, waits until {@code parties} threads have called it; else returns at once. */
    public void attend() {
        if (attended.get()) {
            return;
        }
        attended.set(true);
        arrivals.countDown();
        try {
            arrivals.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
