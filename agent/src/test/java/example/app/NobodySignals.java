package example.app;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
/** A waiter awaits a condition nobody signals (the main thread signals another one), and the main thread joins it. */
public final class NobodySignals {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition ready = lock.newCondition();
        Condition other = lock.newCondition();
        Thread waiter = new Thread(() -> {
            lock.lock();
            try {
                ready.await();
            } catch (InterruptedException e) { return; } finally { lock.unlock(); }
        }, "waiter");
        waiter.start();
        lock.lock();
        try { other.signalAll(); } finally { lock.unlock(); }
        waiter.join();
    }
}
