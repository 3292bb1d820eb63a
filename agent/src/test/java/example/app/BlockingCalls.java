package example.app;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
/**
 * The blocking java.util.concurrent calls a controlled run models: a producer and a consumer on a bounded
 * queue (put, take, a timed poll), two workers taking turns through a semaphore, a latch the main thread
 * awaits, and a thread parked until the main thread unparks it.
 */
public final class BlockingCalls {
    static int guarded;
    static volatile boolean released;
    public static void main(String[] args) throws Exception {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(2);
        Semaphore semaphore = new Semaphore(1);
        CountDownLatch done = new CountDownLatch(3);
        int[] sum = new int[1];
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 20; i++) { queue.put(i); }
            } catch (InterruptedException e) { return; }
            done.countDown();
        }, "producer");
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) { sum[0] += queue.take(); }
                if (queue.poll(5, TimeUnit.MILLISECONDS) != null) { sum[0] = -1; }
            } catch (InterruptedException e) { return; }
            done.countDown();
        }, "consumer");
        Runnable guard = () -> {
            for (int i = 0; i < 5; i++) {
                semaphore.acquireUninterruptibly();
                guarded++;
                semaphore.release();
            }
            done.countDown();
        };
        Thread parker = new Thread(() -> {
            while (!released) { LockSupport.park(); }
        }, "parker");
        Thread first = new Thread(guard, "guard-1");
        Thread second = new Thread(guard, "guard-2");
        parker.start();
        producer.start();
        consumer.start();
        first.start();
        second.start();
        if (!done.await(1, TimeUnit.HOURS)) { System.out.println("timed out"); }
        consumer.join();
        second.join();
        released = true;
        LockSupport.unpark(parker);
        parker.join();
        System.out.println("sum " + sum[0] + " guarded " + guarded);
    }
}
