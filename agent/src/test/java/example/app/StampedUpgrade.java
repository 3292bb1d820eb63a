package example.app;
import java.util.concurrent.locks.StampedLock;
/** A StampedLock is not reentrant: a thread that asks for the write lock while it holds a read stamp waits for itself. */
public final class StampedUpgrade {
    public static void main(String[] args) throws Exception {
        StampedLock lock = new StampedLock();
        Thread loader = new Thread(() -> {
            long read = lock.readLock();
            long write = lock.writeLock();
            lock.unlockWrite(write);
            lock.unlockRead(read);
        }, "loader");
        loader.start();
        loader.join();
    }
}
