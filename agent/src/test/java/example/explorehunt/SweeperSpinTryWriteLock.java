package example.explorehunt;

import java.util.concurrent.locks.StampedLock;

/**
 * A sweeper spins on a {@code StampedLock}'s untimed {@code tryWriteLock()} with {@code Thread.onSpinWait()} while an
 * indexer holds the write stamp and sleeps, reading its source. Correct where threads are preempted; under a cooperative
 * scheduler a sweeper that spins while the indexer sleeps keeps the CPU the indexer needs to give the stamp back (a
 * starvation). Before the
 * twenty-second session the untimed {@code tryWriteLock()} was no scheduling point, and a controlled run could not take
 * the CPU from the spin.
 */
// weft: expect none
public final class SweeperSpinTryWriteLock {

    static final StampedLock INDEX = new StampedLock();
    static int entries;

    public static void main(String[] args) throws InterruptedException {
        Thread indexer = new Thread(() -> {
            long stamp = INDEX.writeLock();
            try {
                Thread.sleep(1); // reads its source, holding the stamp
                entries = 64;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                INDEX.unlockWrite(stamp);
            }
        }, "indexer");
        Thread sweeper = new Thread(() -> {
            long stamp;
            while ((stamp = INDEX.tryWriteLock()) == 0L) {
                Thread.onSpinWait();
            }
            entries = 0;
            INDEX.unlockWrite(stamp);
        }, "sweeper");
        indexer.start();
        sweeper.start();
        indexer.join();
        sweeper.join();
        System.out.println(entries + " entries");
    }
}
