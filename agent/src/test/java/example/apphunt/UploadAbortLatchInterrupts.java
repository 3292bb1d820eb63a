package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An uploader's part workers wait on a start latch ({@code await()}, the interrupt caught as {@code Exception}), on a
 * lock taken with {@code lockInterruptibly} (caught as {@code Throwable}), and on a condition whose {@code await} sits
 * in a {@code try}/{@code finally} that logs the abort reason on the way out. The coordinator writes each worker's abort
 * reason, then interrupts it, and joins them all.
 */
// weft: expect none
public final class UploadAbortLatchInterrupts {

    static final class Part {
        final int number;
        String abortReason;
        final List<String> log = new ArrayList<>();

        Part(int number) {
            this.number = number;
        }
    }

    static void awaitSlot(Part part, CountDownLatch waiting) throws InterruptedException {
        ReentrantLock slots = new ReentrantLock();
        Condition slotFree = slots.newCondition();
        slots.lock();
        try {
            waiting.countDown();
            slotFree.await(10, TimeUnit.SECONDS);
        } finally {
            slots.unlock();
            part.log.add("left the slot queue: " + part.abortReason);
        }
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ReentrantLock bandwidth = new ReentrantLock();
        Part[] parts = {new Part(1), new Part(2), new Part(3)};
        CountDownLatch waiting = new CountDownLatch(3);
        Thread latchWaiter = new Thread(() -> {
            try {
                waiting.countDown();
                start.await();
            } catch (Exception e) {
                parts[0].log.add("aborted before start: " + parts[0].abortReason);
            }
        }, "part-1");
        bandwidth.lock();
        Thread lockWaiter = new Thread(() -> {
            try {
                waiting.countDown();
                bandwidth.lockInterruptibly();
                bandwidth.unlock();
            } catch (Throwable t) {
                parts[1].log.add("aborted waiting for bandwidth: " + parts[1].abortReason);
            }
        }, "part-2");
        Thread conditionWaiter = new Thread(() -> {
            try {
                awaitSlot(parts[2], waiting);
            } catch (InterruptedException e) {
                parts[2].log.add("interrupted");
            }
        }, "part-3");
        latchWaiter.start();
        lockWaiter.start();
        conditionWaiter.start();
        waiting.await();
        Thread.sleep(20);
        Thread[] workers = {latchWaiter, lockWaiter, conditionWaiter};
        for (int i = 0; i < workers.length; i++) {
            parts[i].abortReason = "user cancelled part " + parts[i].number;
            workers[i].interrupt();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        bandwidth.unlock();
        for (Part part : parts) {
            System.out.println(part.log);
        }
    }
}
