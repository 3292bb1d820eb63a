package example.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Two workers wait for work nobody will send (a latch, a queue) until main cancels them with
 * {@code interrupt()}: each must meet its interrupt, not wait forever, so the program ends.
 */
public final class InterruptedWaiters {

    private InterruptedWaiters() { }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        BlockingQueue<String> empty = new ArrayBlockingQueue<>(1);
        int[] cancelled = new int[2];
        Thread latchWaiter = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                cancelled[0] = 1;
            }
        }, "latch-waiter");
        Thread queueWaiter = new Thread(() -> {
            try {
                empty.take();
            } catch (InterruptedException e) {
                cancelled[1] = 1;
            }
        }, "queue-waiter");
        latchWaiter.start();
        queueWaiter.start();
        Thread.yield();
        latchWaiter.interrupt();
        queueWaiter.interrupt();
        latchWaiter.join();
        queueWaiter.join();
        System.out.println("cancelled " + (cancelled[0] + cancelled[1]));
    }
}
