package example.app;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;
/** Writers and readers of a StampedLock, through its stamps and its lock views, timed or not, one of them timing out. */
public final class StampedLocks {
    static final StampedLock lock = new StampedLock();
    static int total;
    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            for (int i = 1; i <= 3; i++) {
                long stamp = lock.writeLock();
                try { total += i; } finally { lock.unlockWrite(stamp); }
            }
        }, "writer");
        Thread viewWriter = new Thread(() -> {
            Lock write = lock.asWriteLock();
            for (int i = 0; i < 2; i++) {
                write.lock();
                try { total += 10; } finally { write.unlock(); }
            }
        }, "view-writer");
        Thread reader = new Thread(() -> {
            int seen = 0;
            for (int i = 0; i < 3; i++) {
                long stamp = lock.readLock();
                try { seen = total; } finally { lock.unlockRead(stamp); }
                Lock read = lock.asReadLock();
                read.lock();
                try { seen = total; } finally { read.unlock(); }
            }
        }, "reader");
        writer.start(); viewWriter.start(); reader.start();
        writer.join(); viewWriter.join(); reader.join();
        long held = lock.readLock();
        Thread timed = new Thread(() -> {
            try {
                long stamp = lock.tryWriteLock(50, TimeUnit.MILLISECONDS);
                System.out.println("timed out " + (stamp == 0L));
            } catch (InterruptedException e) { }
        }, "timed");
        timed.start();
        timed.join();
        lock.unlockRead(held);
        System.out.println("total " + total);
    }
}
