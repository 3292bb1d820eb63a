package example.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * A ticket desk whose counter is a {@code Semaphore} of one permit used as a mutex (every permit is given back by the
 * thread that took it, as the desk's first service shows), and a queue guarded by its monitor. The clerk takes the
 * counter's permit, then the queue's monitor; a walk-in holds the queue's monitor and takes the permit. Two latches
 * make each hold its part before it goes for the other's, so every run deadlocks. With the argument {@code twice}, the
 * clerk instead asks for the counter's permit again while it holds it: a semaphore is not reentrant.
 */
public final class TicketDeskSemaphoreDeadlock {
    static final Semaphore counter = new Semaphore(1);
    static final Object queue = new Object();
    static final CountDownLatch permitTaken = new CountDownLatch(1), queueTaken = new CountDownLatch(1);
    static final List<String> served = new ArrayList<>();

    static void serve(String name) throws InterruptedException {
        counter.acquire();
        try {
            served.add(name);
        } finally {
            counter.release();
        }
    }

    static void serveNext(boolean twice) throws InterruptedException {
        counter.acquire();
        try {
            permitTaken.countDown();
            if (twice) {
                serve("the clerk's own ticket");
            }
            await(queueTaken);
            synchronized (queue) {
                served.add("next");
            }
        } finally {
            counter.release();
        }
    }

    static void walkIn() throws InterruptedException {
        await(permitTaken);
        synchronized (queue) {
            queueTaken.countDown();
            serve("ada (walk-in)");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        boolean twice = args.length > 0 && args[0].equals("twice");
        if (!(args.length > 0 && args[0].equals("unserved"))) { // unserved: it deadlocks on the counter's first acquire
            serve("first");
        }
        Thread clerk = new Thread(() -> run(() -> serveNext(twice)), "clerk");
        Thread walkIn = new Thread(() -> run(TicketDeskSemaphoreDeadlock::walkIn), "walk-in");
        clerk.start();
        if (!twice) {
            walkIn.start();
            walkIn.join();
        }
        clerk.join();
        System.out.println("served: " + served);
    }

    interface Step {
        void run() throws InterruptedException;
    }

    static void run(Step step) {
        try {
            step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
