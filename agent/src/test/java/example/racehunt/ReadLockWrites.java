package example.racehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Hits counted under the read lock ("it is only a counter"): readers do not exclude each other. */
// weft: expect race example.racehunt.ReadLockWrites.hits threads=reader-1,reader-2
public final class ReadLockWrites {

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    private static final String VALUE = "cached";
    private static int hits;

    static String get() {
        LOCK.readLock().lock();
        try {
            hits++; // weft: race
            return VALUE;
        } finally {
            LOCK.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable reader = () -> {
            for (int i = 0; i < 300; i++) {
                get();
            }
        };
        Threads.runAll(new String[] {"reader-1", "reader-2"}, reader, reader);
        System.out.println("hits " + hits);
    }
}
