package example.racehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A cache refreshed under the write lock, downgraded to the read lock to use what it wrote; readers read under the read lock. */
// weft: expect none
public final class ReadWriteDowngrade {

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    private static String value = "cold";
    private static int version;

    public static void main(String[] args) throws InterruptedException {
        Runnable refresher = () -> {
            for (int i = 0; i < 50; i++) {
                LOCK.writeLock().lock();
                value = "v" + i;
                version = i;
                LOCK.readLock().lock();
                LOCK.writeLock().unlock();
                try {
                    if (value.length() + version < 0) {
                        System.out.println("impossible");
                    }
                } finally {
                    LOCK.readLock().unlock();
                }
            }
        };
        Runnable reader = () -> {
            int sum = 0;
            for (int i = 0; i < 100; i++) {
                LOCK.readLock().lock();
                try {
                    sum += value.length() + version;
                } finally {
                    LOCK.readLock().unlock();
                }
            }
            System.out.println("sum " + sum);
        };
        Threads.runAll(new String[] {"refresher", "reader-1", "reader-2"}, refresher, reader, reader);
    }
}
