package example.app;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
/**
 * A bounded buffer guarded by a ReentrantLock and its two conditions (not full, not empty), a consumer that
 * also polls with a timed await, and a flag guarded by a read-write lock whose write lock's condition a
 * waiter awaits: every wait and signal is the scheduling model's.
 */
public final class ConditionHandOff {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition notFull = lock.newCondition();
    static final Condition notEmpty = lock.newCondition();
    static final ArrayDeque<Integer> buffer = new ArrayDeque<>();
    static final ReentrantReadWriteLock flagLock = new ReentrantReadWriteLock();
    static final Condition flagSet = flagLock.writeLock().newCondition();
    static boolean flag;

    static void put(int item) throws InterruptedException {
        lock.lock();
        try {
            while (buffer.size() == 2) { notFull.await(); }
            buffer.add(item);
            notEmpty.signal();
        } finally { lock.unlock(); }
    }

    static int take() throws InterruptedException {
        lock.lock();
        try {
            while (buffer.isEmpty()) { notEmpty.awaitUninterruptibly(); }
            int item = buffer.remove();
            notFull.signalAll();
            return item;
        } finally { lock.unlock(); }
    }

    public static void main(String[] args) throws Exception {
        int[] sum = new int[1];
        boolean[] timedOut = new boolean[1];
        Thread producer = new Thread(() -> {
            try { for (int i = 1; i <= 10; i++) { put(i); } } catch (InterruptedException e) { return; }
        }, "producer");
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 10; i++) { sum[0] += take(); }
                lock.lock();
                try { timedOut[0] = !notEmpty.await(5, TimeUnit.MILLISECONDS); } finally { lock.unlock(); }
            } catch (InterruptedException e) { return; }
        }, "consumer");
        Thread flagWaiter = new Thread(() -> {
            flagLock.writeLock().lock();
            try {
                while (!flag) { flagSet.awaitNanos(TimeUnit.HOURS.toNanos(1)); }
            } catch (InterruptedException e) { return; } finally { flagLock.writeLock().unlock(); }
        }, "flag-waiter");
        flagWaiter.start();
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        flagLock.writeLock().lock();
        try { flag = true; flagSet.signal(); } finally { flagLock.writeLock().unlock(); }
        flagWaiter.join();
        System.out.println("sum " + sum[0] + " timed out " + timedOut[0]);
    }
}
